package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * References from JPA entities in Java and Kotlin: the table of each {@code @Entity} ({@code @Table} name,
 * else the implicit name) and its columns ({@code @Column}, {@code @JoinColumn}, else implicit from the
 * field name); {@code @Transient}, {@code transient} and static fields map nothing. Mapped superclasses and
 * embeddables are resolved within the file ({@link #find}) or across all files given to {@link #findAll}.
 * Usage MAPPED; EXACT when table and column are both named explicitly, LIKELY when either is implicit.
 */
public final class JpaFinder implements ReferenceFinder {

    /** How implicit (and, for Spring Boot, all unquoted) names become physical names. */
    public enum Naming {
        /** Spring Boot's default: {@code createdAt} -> {@code created_at}. */
        SPRING_BOOT,
        /** Hibernate's default: names as written (folded to lower case like any unquoted SQL name). */
        HIBERNATE
    }

    private final Naming naming;

    public JpaFinder() {
        this(Naming.SPRING_BOOT);
    }

    public JpaFinder(Naming naming) {
        this.naming = naming == null ? Naming.SPRING_BOOT : naming;
    }

    @Override
    public String id() {
        return "jpa";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".java") || path.endsWith(".kt");
    }

    @Override
    public List<Reference> find(String path, String text) {
        if (text == null || !text.contains("Entity")) {
            return List.of();
        }
        return findAll(Map.of(path, text));
    }

    /**
     * The references in several files read together, so an entity's {@code @MappedSuperclass} or
     * {@code @Embeddable} in another file counts (looked up by simple class name; a name declared in
     * several files resolves to the asking file's own declaration first, else a superclass to all of them and
     * an embeddable to one).
     */
    public List<Reference> findAll(Map<String, String> files) {
        try {
            Map<String, List<JpaClass>> byFile = new TreeMap<>();
            Map<String, List<JpaClass>> all = new HashMap<>();
            new TreeMap<>(files).forEach((path, text) -> {
                if (accepts(path) && text != null && text.contains("@")) {
                    List<JpaClass> read = JpaReader.read(path, text);
                    byFile.put(path, read);
                    read.forEach(c -> all.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
                }
            });
            LinkedHashSet<Reference> out = new LinkedHashSet<>();
            JpaMapping mapping = new JpaMapping(naming, all);
            for (List<JpaClass> classes : byFile.values()) {
                for (JpaClass c : classes) {
                    out.addAll(mapping.of(c));
                }
            }
            return new ArrayList<>(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
