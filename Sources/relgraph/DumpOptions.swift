import ArgumentParser
import RelGraph

/// How message dumps are read.
struct DumpOptions: ParsableArguments {
    @Option(help: "The inputs' format: auto (by extension: .jsonl/.ndjson, .csv, else text), text, jsonl, csv.")
    var inputFormat: InputFormat = .auto

    @Option(help: ArgumentHelp("The field that holds a message's text.", valueName: "name"))
    var textField = "text"

    @Option(help: ArgumentHelp("The field that holds a message's id (names its evidence).", valueName: "name"))
    var idField = "id"

    @Option(help: ArgumentHelp("The field that holds a message's date (edges get first_seen and last_seen).", valueName: "name"))
    var dateField = "date"

    @Option(help: ArgumentHelp("The field that holds the sender: each sender becomes an account node that mentions what its messages name.", valueName: "name"))
    var senderField: String?

    @Option(help: ArgumentHelp("The largest document or message read, in MB: a larger file is refused, a larger message skipped.", valueName: "MB"))
    var maxDocumentSize: Int = DocumentLoader.defaultDocumentSizeLimit >> 20

    func validate() throws {
        guard (1...(1 << 20)).contains(maxDocumentSize) else { throw ValidationError("--max-document-size must be from 1 to 1048576 (MB).") }
    }

    /// The loader these options describe.
    var loader: DocumentLoader {
        DocumentLoader(format: inputFormat, fields: MessageFields(text: textField, id: idField, date: dateField, sender: senderField),
                       documentSizeLimit: maxDocumentSize << 20)
    }
}

extension InputFormat: ExpressibleByArgument {}
