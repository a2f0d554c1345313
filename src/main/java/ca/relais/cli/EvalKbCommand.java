package ca.relais.cli;

import ca.relais.search.eval.KbEvaluation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais eval-kb}: measures knowledge-base search quality against a naive baseline. */
@Command(name = "eval-kb", mixinStandardHelpOptions = true,
        description = "Measures knowledge-base search (MRR@10, nDCG@10, Recall@5) against a naive BM25 baseline.")
public final class EvalKbCommand implements Callable<Integer> {
    static final Path DEFAULT_COVID_DIR = Path.of("..", "shared", "data", "kb-fr-covidfaq");

    @Option(names = "--covid-dir",
            description = "Folder of the real Quebec-French FAQ set (default: ../shared/data/kb-fr-covidfaq, if there).")
    Path covidDir;

    private final PrintStream out;

    public EvalKbCommand() {
        this(System.out);
    }

    EvalKbCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        boolean met = KbEvaluation.run(out, covidDir != null ? covidDir : DEFAULT_COVID_DIR);
        out.println(met ? "eval-kb: every target met" : "eval-kb: some target missed");
        return met ? 0 : 1;
    }
}
