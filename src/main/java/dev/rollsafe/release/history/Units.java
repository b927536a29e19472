package dev.rollsafe.release.history;

import dev.rollsafe.source.Layout;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.MigrationSet;
import dev.rollsafe.source.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a discovered {@link MigrationSet} into {@link ShippedSet}: one unit per file, per changeset in Liquibase. */
final class Units {
    private Units() {
    }

    /** @param top the repository's top folder, against which paths are written */
    static ShippedSet of(MigrationSet set, Path top) {
        List<ShippedMigration> out = new ArrayList<>();
        String layout = set.layout().id();
        for (MigrationFile f : set.files()) {
            String path = relative(top, f.path(), f.displayPath());
            if (set.layout() == Layout.LIQUIBASE && f.segments().stream().anyMatch(s -> s.label() != null)) {
                changesets(f, layout, path, out);
                continue;
            }
            String deployText = f.text() == null ? null : deployText(f);
            out.add(new ShippedMigration(layout, layout + ":" + f.identity(), path,
                    deployText == null ? null : hash(deployText), f.text(), f.deploy()));
        }
        return new ShippedSet(relative(top, set.root(), set.root().toString()), layout, set.dialect().id(), out);
    }

    private static void changesets(MigrationFile f, String layout, String path, List<ShippedMigration> out) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (Segment s : f.segments()) {
            if (s.deploy() && s.label() != null) {
                texts.computeIfAbsent(s.label(), k -> new StringBuilder()).append(f.text(), s.start(), s.end());
            }
        }
        for (Map.Entry<String, StringBuilder> e : texts.entrySet()) {
            String text = e.getValue().toString();
            out.add(new ShippedMigration(layout, layout + ":" + e.getKey(), path, hash(text), text, f.deploy()));
        }
    }

    /** The deploy segments' text (a goose or dbmate down section does not change what deploys). */
    private static String deployText(MigrationFile f) {
        if (f.segments().isEmpty()) {
            return f.text();
        }
        StringBuilder sb = new StringBuilder();
        for (Segment s : f.segments()) {
            if (s.deploy()) {
                sb.append(f.text(), s.start(), s.end());
            }
        }
        return sb.toString();
    }

    static String relative(Path top, Path p, String fallback) {
        Path a = p.toAbsolutePath().normalize();
        if (top != null && a.getFileSystem() == top.getFileSystem() && a.startsWith(top)) {
            String r = top.relativize(a).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        }
        return fallback.replace('\\', '/');
    }

    /** SHA-256 (first 128 bits, hex) of the text with CRLF and CR read as LF. */
    static String hash(String text) {
        String t = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
