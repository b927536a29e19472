package dev.rollsafe.engine;

import dev.rollsafe.CacheFiles;
import dev.rollsafe.model.StatementClass;
import dev.rollsafe.model.Span;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Fix;
import dev.rollsafe.rules.Level;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers what checking a migration set produced, keyed by everything the result depends on (the
 * tool's build, the options, and every file's path, layout and content). A repeated run over unchanged
 * sets skips reading statements, replaying and linting, and does not even open the parse cache. The
 * file format is a small hand-written one: Java serialisation took most of a repeated run's time.
 */
final class ResultCache {
    private static final int FORMAT = 2; // 2: findings keep their fixes; history directives
    private static final int MAX_ENTRIES = 20_000;

    private final Path pack;
    private final Map<String, SetResult> loaded;
    private final Map<String, SetResult> added = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private ResultCache(Path pack, Map<String, SetResult> loaded) {
        this.pack = pack;
        this.loaded = loaded;
    }

    static ResultCache open(Path workingDirectory, String version) {
        Path dir = CacheFiles.directory();
        if (dir == null) {
            return null;
        }
        String id = CacheFiles.sha256(version + "\0" + workingDirectory).substring(0, 24);
        Path pack = dir.resolve("result-" + FORMAT + "-" + id + ".bin");
        return new ResultCache(pack, read(pack));
    }

    SetResult get(String key) {
        SetResult r = loaded.get(key);
        if (r != null) {
            used.add(key);
        }
        return r;
    }

    void put(String key, SetResult result) {
        added.put(key, result);
        used.add(key);
    }

    void save() {
        if (added.isEmpty()) {
            return;
        }
        Map<String, SetResult> next = new HashMap<>(loaded);
        next.putAll(added);
        if (next.size() > MAX_ENTRIES) {
            next.keySet().retainAll(used);
        }
        CacheFiles.writeAtomically(pack, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeInt(FORMAT);
            out.writeInt(next.size());
            for (Map.Entry<String, SetResult> e : next.entrySet()) {
                CacheFiles.writeString(out, e.getKey());
                write(out, e.getValue());
            }
            out.flush();
        });
    }

    private static Map<String, SetResult> read(Path pack) {
        if (!Files.isRegularFile(pack)) {
            return Map.of();
        }
        try (InputStream raw = Files.newInputStream(pack);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Map.of();
            }
            int n = in.readInt();
            Map<String, SetResult> map = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                map.put(CacheFiles.readString(in), readResult(in));
            }
            return map;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // corrupt or foreign: start afresh
        }
    }

    private static void write(DataOutputStream out, SetResult r) throws IOException {
        out.writeInt(r.findings().size());
        for (Finding f : r.findings()) {
            CacheFiles.writeString(out, f.ruleId());
            out.writeByte(f.level().ordinal());
            CacheFiles.writeString(out, f.path());
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.endLine());
            out.writeInt(f.endColumn());
            CacheFiles.writeString(out, f.message());
            CacheFiles.writeString(out, f.help());
            out.writeInt(f.evidence().size());
            for (Evidence e : f.evidence()) {
                CacheFiles.writeString(out, e.release());
                CacheFiles.writeString(out, e.path());
                out.writeInt(e.line());
                CacheFiles.writeString(out, e.text());
            }
            writeFix(out, f.fix());
        }
        out.writeInt(r.files().size());
        for (FileReport f : r.files()) {
            CacheFiles.writeString(out, f.path());
            CacheFiles.writeString(out, f.layout());
            CacheFiles.writeString(out, f.dialect());
            out.writeInt(f.statements());
            out.writeInt(f.unparsed());
            CacheFiles.writeString(out, f.problem());
        }
        out.writeInt(r.statements().size());
        for (ClassifiedStatement s : r.statements()) {
            CacheFiles.writeString(out, s.path());
            out.writeInt(s.line());
            out.writeInt(s.column());
            out.writeByte(s.statementClass().ordinal());
            CacheFiles.writeString(out, s.summary());
            out.writeBoolean(s.deploy());
        }
        out.writeInt(r.deferred().size());
        for (Suppressions.Deferred d : r.deferred()) {
            Suppressions.Directive dir = d.directive();
            out.writeBoolean(d.judged());
            out.writeBoolean(dir.file());
            out.writeInt(dir.ids().size());
            for (String id : dir.ids()) {
                CacheFiles.writeString(out, id);
            }
            CacheFiles.writeString(out, dir.reason());
            out.writeInt(dir.line());
            CacheFiles.writeString(out, dir.path());
            Span sp = dir.statement();
            for (int v : new int[] {sp.start(), sp.end(), sp.line(), sp.column(), sp.endLine(), sp.endColumn()}) {
                out.writeInt(v);
            }
        }
    }

    private static SetResult readResult(DataInputStream in) throws IOException {
        Level[] levels = Level.values();
        StatementClass[] classes = StatementClass.values();
        int nf = in.readInt();
        List<Finding> findings = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            String rule = CacheFiles.readString(in);
            Level level = levels[in.readByte()];
            String path = CacheFiles.readString(in);
            int line = in.readInt();
            int col = in.readInt();
            int endLine = in.readInt();
            int endCol = in.readInt();
            String message = CacheFiles.readString(in);
            String help = CacheFiles.readString(in);
            int ne = in.readInt();
            List<Evidence> evidence = new ArrayList<>(ne);
            for (int k = 0; k < ne; k++) {
                evidence.add(new Evidence(CacheFiles.readString(in), CacheFiles.readString(in), in.readInt(), CacheFiles.readString(in)));
            }
            findings.add(new Finding(rule, level, path, line, col, endLine, endCol, message, help, evidence,
                    readFix(in)));
        }
        int nfiles = in.readInt();
        List<FileReport> files = new ArrayList<>(nfiles);
        for (int i = 0; i < nfiles; i++) {
            files.add(new FileReport(CacheFiles.readString(in), CacheFiles.readString(in), CacheFiles.readString(in), in.readInt(), in.readInt(), CacheFiles.readString(in)));
        }
        int ns = in.readInt();
        List<ClassifiedStatement> statements = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) {
            statements.add(new ClassifiedStatement(CacheFiles.readString(in), in.readInt(), in.readInt(), classes[in.readByte()],
                    CacheFiles.readString(in), in.readBoolean()));
        }
        int nd = in.readInt();
        if (nd < 0 || nd > 1_000_000) {
            throw new IOException("corrupt directive count " + nd);
        }
        List<Suppressions.Deferred> deferred = new ArrayList<>(nd);
        for (int i = 0; i < nd; i++) {
            boolean judged = in.readBoolean();
            boolean file = in.readBoolean();
            int nids = in.readInt();
            if (nids < 0 || nids > 10_000) {
                throw new IOException("corrupt directive id count " + nids);
            }
            List<String> ids = new ArrayList<>(nids);
            for (int k = 0; k < nids; k++) {
                ids.add(CacheFiles.readString(in));
            }
            String reason = CacheFiles.readString(in);
            int line = in.readInt();
            String path = CacheFiles.readString(in);
            Span span = new Span(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
            deferred.add(new Suppressions.Deferred(new Suppressions.Directive(file, ids, reason, line, path, span),
                    judged));
        }
        return new SetResult(findings, files, statements, deferred);
    }

    private static void writeFix(DataOutputStream out, Fix fix) throws IOException {
        out.writeBoolean(fix != null);
        if (fix == null) {
            return;
        }
        CacheFiles.writeString(out, fix.note());
        out.writeInt(fix.edits().size());
        for (Fix.Edit e : fix.edits()) {
            out.writeInt(e.start());
            out.writeInt(e.end());
            CacheFiles.writeString(out, e.replacement());
        }
    }

    private static Fix readFix(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String note = CacheFiles.readString(in);
        int n = in.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException("corrupt fix: " + n + " edits");
        }
        List<Fix.Edit> edits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = in.readInt();
            int end = in.readInt();
            String replacement = CacheFiles.readString(in);
            if (start < 0 || end < start || replacement == null) {
                throw new IOException("corrupt fix edit " + start + ".." + end);
            }
            edits.add(new Fix.Edit(start, end, replacement));
        }
        return new Fix(edits, note);
    }
}
