package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.StatementClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real statements from the corpora, each checked by hand: the class and a fragment of the summary the
 * recognizer must give ({@code testdata/recognizer/corpus-sample.tsv}). Skipped when the corpora are absent.
 */
class RecognizerCorpusSampleTest {

    static Stream<Arguments> samples() throws IOException {
        Path file = Path.of(System.getProperty("rollsafe.repoRoot", ".")).resolve("testdata/recognizer/corpus-sample.tsv");
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(Arguments.of(f[0], Integer.parseInt(f[1]), StatementClass.valueOf(f[2].toUpperCase()), f[3]));
        }
        assertTrue(out.size() >= 60, "too few samples: " + out.size());
        return out.stream();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("samples")
    void classifiesRealStatement(String path, int index, StatementClass expected, String fragment) throws IOException {
        Path root = RecognizerCorpusSupport.corporaRoot();
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("files.tsv")), "corpora absent: " + root);
        RecognizerCorpusSupport.CorpusFile file = RecognizerCorpusSupport.files(root).stream()
                .filter(f -> (f.corpus() + "/" + f.path()).equals(path)).findFirst().orElseThrow();
        List<String> statements = RecognizerCorpusSupport.split(RecognizerCorpusSupport.read(root, file), file.dialect());
        String sql = statements.get(index - 1);
        Recognition r = new Recognizer(file.dialect()).recognize(sql);
        StatementClass actual = StatementClass.NEUTRAL;
        StringBuilder summary = new StringBuilder();
        for (Change c : r.changes()) {
            actual = actual.max(c.statementClass());
            summary.append(c.summary()).append("; ");
        }
        if (!r.understood()) {
            actual = StatementClass.UNKNOWN;
        }
        assertEquals(expected, actual, () -> "class of: " + sql + "\n summary: " + summary + " problem: " + r.problem());
        assertTrue(summary.toString().contains(fragment), () -> "summary was: " + summary + "\n of: " + sql);
    }
}
