import ArgumentParser
import Foundation
import RelGraph

@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn piles of text into a typed graph of who and what is connected.",
        discussion: """
        relgraph reads news reports, notes and message dumps, recognises people, agencies, platforms and \
        places, links them by co-occurrence and by the relations the text states, and writes the graph \
        as DOT, GraphML, JSON, GEXF, CSV, SQLite or SVG, keeping the evidence sentence for every edge.

        Exit codes: 0 success, 1 bad input or a failed write (nothing half-written), 64 wrong usage.
        """,
        version: RelGraphVersion.current,
        subcommands: [BuildCommand.self, EntitiesCommand.self, RulesCommand.self, NeighborsCommand.self,
                      PathCommand.self, ExplainCommand.self, StatsCommand.self, SearchCommand.self, SubgraphCommand.self,
                      MergeCommand.self]
    )

    /// Runs the command with SIGINT, SIGTERM and SIGHUP unblocked: a parent may start relgraph with them
    /// blocked (Foundation's `Process` on Linux does), and Ctrl-C or `kill` must still stop it.
    static func main() {
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&interrupts, number) }
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        main(nil)
    }
}
