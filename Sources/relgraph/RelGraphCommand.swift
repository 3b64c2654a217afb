import ArgumentParser
import RelGraph

@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn text into a typed graph of who and what is connected.",
        version: RelGraphVersion.current,
        subcommands: []
    )
}
