import ArgumentParser
import Foundation
import RelGraph

/// Messages on standard error, prefixed with the program's name, one line each: control characters
/// from the data (a file name, a sender) shown as escapes.
enum Console {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("relgraph: \(message.visiblyEscaped)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("relgraph: error: \(message.visiblyEscaped)\n".utf8))
    }
}

/// Runs `body`, turning the library's errors into a message on standard error and exit code 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as LocalizedError {
        Console.error(error.errorDescription ?? "\(error)")
        throw ExitCode.failure
    } catch {
        Console.error("\(error)")
        throw ExitCode.failure
    }
}
