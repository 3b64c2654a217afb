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
                      MergeCommand.self, LayoutCommand.self]
    )

    /// Runs the command with SIGINT, SIGTERM and SIGHUP unblocked: a parent may start relgraph with them
    /// blocked (Foundation's `Process` on Linux does), and Ctrl-C or `kill` must still stop it. SIGPIPE is
    /// ignored, so that a reader that has gone is a failed write (``StandardOutput``), whatever the parent set.
    /// A standard descriptor the parent closed (`>&-`) is held by `/dev/null` opened for reading, so that a
    /// file relgraph opens never takes its number (and its output) and a write there fails with a message.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            _ = open("/dev/null", O_RDONLY) // The lowest free number: the one closed.
        }
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&interrupts, number) }
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        main(nil)
    }
}
