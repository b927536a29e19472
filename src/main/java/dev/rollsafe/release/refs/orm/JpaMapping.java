package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.refs.orm.JpaClass.Annotation;
import dev.rollsafe.release.refs.orm.JpaClass.Member;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables and columns one {@code @Entity} maps: its table, its own and inherited
 * ({@code @MappedSuperclass}) fields, embedded fields, join columns, join and collection tables, and the
 * column lists of its {@code @Table} indexes and unique constraints. Classes are looked up by simple name
 * among those given (one file, or a whole scanned tree).
 */
final class JpaMapping {
    private static final int MAX_DEPTH = 8;
    private static final Set<String> COLLECTIONS = Set.of("List", "Set", "Collection", "Map", "SortedSet",
            "MutableList", "MutableSet", "MutableMap", "Iterable");

    private final JpaFinder.Naming naming;
    private final Map<String, List<JpaClass>> classes;

    /** classes: every class by simple name; a name declared more than once keeps all its declarations. */
    JpaMapping(JpaFinder.Naming naming, Map<String, List<JpaClass>> classes) {
        this.naming = naming;
        this.classes = classes;
    }

    /** The classes of this name: the one in the asking class's own file if there is one, else all of them. */
    private List<JpaClass> named(String name, JpaClass from) {
        List<JpaClass> all = name == null ? List.of() : classes.getOrDefault(name, List.of());
        for (JpaClass c : all) {
            if (c.lines() == from.lines()) {
                return List.of(c);
            }
        }
        return all;
    }

    private JpaClass first(String name, JpaClass from) {
        List<JpaClass> all = named(name, from);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Where an entity's rows live: the table, its confidence, and the line that names it. */
    private record Owner(String table, Confidence confidence, String entityName, JpaClass cls) {
    }

    List<Reference> of(JpaClass c) {
        List<Reference> out = new ArrayList<>();
        Annotation entity = c.annotation("Entity");
        if (entity == null) {
            return out;
        }
        Owner owner = owner(c, 0);
        Annotation table = c.annotation("Table");
        int line = table != null && blankToNull(table.string("name")) != null ? table.line("name") : entity.line();
        add(out, c.lines().ref(owner.table(), null, Usage.MAPPED, line, owner.confidence()));
        if (table != null) {
            tableConstraints(out, c.lines(), owner, table);
        }
        Map<String, Annotation> overrides = overrides(c.annotations(), new HashMap<>());
        for (JpaClass declaring : hierarchy(c)) {
            for (Member m : declaring.members()) {
                member(out, owner, declaring.lines(), m, overrides, c.lines(), 0);
            }
        }
        return out;
    }

    private Owner owner(JpaClass c, int depth) {
        Annotation entity = c.annotation("Entity");
        String entityName = entity == null || blankToNull(entity.string("name")) == null
                ? c.name() : entity.string("name");
        Annotation table = c.annotation("Table");
        String explicit = table == null ? null : blankToNull(table.string("name"));
        if (explicit != null) {
            return new Owner(physical(explicit), Confidence.EXACT, entityName, c);
        }
        JpaClass parent = parentEntity(c);
        if (parent != null && depth < MAX_DEPTH && singleTable(parent, depth)) {
            Owner root = owner(parent, depth + 1);
            return new Owner(root.table(), Confidence.LIKELY, entityName, c);
        }
        return new Owner(physical(entityName), Confidence.LIKELY, entityName, c);
    }

    /** The nearest entity above c (mapped superclasses skipped), or null. */
    private JpaClass parentEntity(JpaClass c) {
        Set<String> seen = new HashSet<>();
        JpaClass cur = c;
        while (cur.superName() != null && seen.add(cur.superName())) {
            JpaClass sup = first(cur.superName(), cur);
            if (sup == null) {
                return null;
            }
            if (sup.annotation("Entity") != null) {
                return sup;
            }
            cur = sup;
        }
        return null;
    }

    /** True when the hierarchy containing this entity uses one table (JPA's default strategy). */
    private boolean singleTable(JpaClass entity, int depth) {
        JpaClass cur = entity;
        for (int i = depth; cur != null && i < MAX_DEPTH; i++) {
            Annotation inh = cur.annotation("Inheritance");
            if (inh != null) {
                String s = inh.text("strategy");
                return !s.contains("JOINED") && !s.contains("TABLE_PER_CLASS");
            }
            cur = parentEntity(cur);
        }
        return true;
    }

    /**
     * c and its mapped superclasses, nearest first; stops at a superclass that is an entity. A superclass name
     * declared in several files (e.g. one per JPA provider module) contributes every declaration.
     */
    private List<JpaClass> hierarchy(JpaClass c) {
        List<JpaClass> out = new ArrayList<>();
        out.add(c);
        for (int i = 0; i < out.size() && out.size() < MAX_DEPTH * 2; i++) {
            JpaClass cur = out.get(i);
            for (JpaClass sup : named(cur.superName(), cur)) {
                if (sup.annotation("MappedSuperclass") != null && !out.contains(sup)) {
                    out.add(sup);
                }
            }
        }
        return out;
    }

    private void tableConstraints(List<Reference> out, Lines lines, Owner owner, Annotation table) {
        for (Annotation index : table.annotations("indexes")) {
            String list = index.string("columnList");
            if (list != null) {
                for (String part : list.split(",")) {
                    String col = part.strip().split("\\s+")[0];
                    add(out, lines.ref(owner.table(), column(col), Usage.MAPPED, index.line("columnList"), owner.confidence()));
                }
            }
        }
        for (Annotation unique : table.annotations("uniqueConstraints")) {
            for (String col : unique.strings("columnNames")) {
                add(out, lines.ref(owner.table(), column(col), Usage.MAPPED, unique.line("columnNames"), owner.confidence()));
            }
        }
    }

    private void member(List<Reference> out, Owner owner, Lines lines, Member m, Map<String, Annotation> overrides,
                        Lines overrideLines, int depth) {
        List<Annotation> as = m.annotations();
        if (m.isStatic() || m.isTransient() || has(as, "Transient")) {
            return;
        }
        Annotation col = JpaClass.find(as, "Column");
        if (m.method()) {
            explicitColumn(out, owner, lines, col);
            explicitColumn(out, owner, lines, JpaClass.find(as, "JoinColumn"));
            return;
        }
        if (has(as, "OneToMany") || has(as, "ManyToMany") || has(as, "ElementCollection")) {
            joinTable(out, lines, JpaClass.find(as, "JoinTable"));
            if (has(as, "ElementCollection")) {
                collectionTable(out, owner, lines, m, depth);
            } else if (has(as, "OneToMany")) {
                targetJoinColumns(out, owner, lines, m, JpaClass.find(as, "OneToMany"), depth);
            }
            return;
        }
        Annotation relation = has(as, "ManyToOne") ? JpaClass.find(as, "ManyToOne") : JpaClass.find(as, "OneToOne");
        if (relation != null) {
            joinColumns(out, owner, lines, m, relation);
            return;
        }
        JpaClass embeddable = null;
        for (JpaClass candidate : m.type() == null ? List.<JpaClass>of() : classes.getOrDefault(m.type(), List.of())) {
            if (embeddable == null || candidate.lines() == lines) {
                embeddable = candidate;
            }
        }
        if (has(as, "Embedded") || has(as, "EmbeddedId")
                || (embeddable != null && embeddable.annotation("Embeddable") != null)) {
            if (embeddable != null && depth < MAX_DEPTH) {
                Map<String, Annotation> inner = overrides(as, new HashMap<>());
                for (Member f : embeddable.members()) {
                    member(out, owner, embeddable.lines(), f, inner, lines, depth + 1);
                }
            }
            return;
        }
        Annotation override = overrides.get(m.name());
        if (override != null && blankToNull(override.string("name")) != null) {
            add(out, overrideLines.ref(owner.table(), column(override.string("name")), Usage.MAPPED,
                    override.line("name"), owner.confidence()));
        } else if (col != null && blankToNull(col.string("name")) != null) {
            explicitColumn(out, owner, lines, col);
        } else if (as.isEmpty() && COLLECTIONS.contains(m.type())) {
            return;
        } else {
            add(out, lines.ref(owner.table(), physical(m.name()), Usage.MAPPED, m.line(), Confidence.LIKELY));
        }
    }

    private void explicitColumn(List<Reference> out, Owner owner, Lines lines, Annotation col) {
        String name = col == null ? null : blankToNull(col.string("name"));
        if (name == null) {
            return;
        }
        String other = blankToNull(col.string("table"));
        String table = other != null ? physical(other) : owner.table();
        Confidence conf = other != null ? Confidence.EXACT : owner.confidence();
        add(out, lines.ref(table, column(name), Usage.MAPPED, col.line("name"), conf));
    }

    private void joinColumns(List<Reference> out, Owner owner, Lines lines, Member m, Annotation relation) {
        List<Annotation> as = m.annotations();
        if (blankToNull(relation.string("mappedBy")) != null) {
            return;
        }
        Annotation jt = JpaClass.find(as, "JoinTable");
        if (jt != null) {
            joinTable(out, lines, jt);
            return;
        }
        List<Annotation> jcs = new ArrayList<>();
        Annotation single = JpaClass.find(as, "JoinColumn");
        if (single != null) {
            jcs.add(single);
        }
        Annotation multi = JpaClass.find(as, "JoinColumns");
        if (multi != null) {
            jcs.addAll(multi.annotations("value"));
        }
        boolean named = false;
        for (Annotation jc : jcs) {
            if (blankToNull(jc.string("name")) != null) {
                explicitColumn(out, owner, lines, jc);
                named = true;
            }
        }
        if (!named && !has(as, "PrimaryKeyJoinColumn") && !has(as, "MapsId")) {
            add(out, lines.ref(owner.table(), physical(m.name() + "_id"), Usage.MAPPED, m.line(),
                    Confidence.LIKELY));
        }
    }

    private void joinTable(List<Reference> out, Lines lines, Annotation jt) {
        String name = jt == null ? null : blankToNull(jt.string("name"));
        if (name == null) {
            return;
        }
        String table = physical(name);
        add(out, lines.ref(table, null, Usage.MAPPED, jt.line("name"), Confidence.EXACT));
        for (String key : List.of("joinColumns", "inverseJoinColumns")) {
            for (Annotation jc : jt.annotations(key)) {
                String col = blankToNull(jc.string("name"));
                if (col != null) {
                    add(out, lines.ref(table, column(col), Usage.MAPPED, jc.line("name"), Confidence.EXACT));
                }
            }
        }
    }

    /** A unidirectional one-to-many's {@code @JoinColumn}s live in the target entity's table. */
    private void targetJoinColumns(List<Reference> out, Owner owner, Lines lines, Member m, Annotation rel, int depth) {
        if (blankToNull(rel.string("mappedBy")) != null || depth >= MAX_DEPTH) {
            return;
        }
        String target = rel.text("targetEntity").replace(".class", "").replace("::class", "").strip();
        int dot = target.lastIndexOf('.');
        target = target.isEmpty() ? m.element() : target.substring(dot + 1);
        JpaClass cls = target == null ? null : first(target, owner.cls());
        if (cls == null || cls.annotation("Entity") == null) {
            return;
        }
        Owner targetOwner = owner(cls, depth + 1);
        List<Annotation> jcs = new ArrayList<>();
        Annotation single = JpaClass.find(m.annotations(), "JoinColumn");
        if (single != null) {
            jcs.add(single);
        }
        Annotation multi = JpaClass.find(m.annotations(), "JoinColumns");
        if (multi != null) {
            jcs.addAll(multi.annotations("value"));
        }
        for (Annotation jc : jcs) {
            explicitColumn(out, targetOwner, lines, jc);
        }
    }

    private void collectionTable(List<Reference> out, Owner owner, Lines lines, Member m, int depth) {
        Annotation ct = JpaClass.find(m.annotations(), "CollectionTable");
        String explicit = ct == null ? null : blankToNull(ct.string("name"));
        String table = explicit != null ? physical(explicit) : physical(owner.entityName() + "_" + m.name());
        Confidence conf = explicit != null ? Confidence.EXACT : Confidence.LIKELY;
        add(out, lines.ref(table, null, Usage.MAPPED, explicit != null ? ct.line("name") : m.line(), conf));
        List<Annotation> named = new ArrayList<>();
        if (ct != null) {
            named.addAll(ct.annotations("joinColumns"));
        }
        for (String key : List.of("Column", "MapKeyColumn")) {
            Annotation a = JpaClass.find(m.annotations(), key);
            if (a != null) {
                named.add(a);
            }
        }
        for (Annotation a : named) {
            String col = blankToNull(a.string("name"));
            if (col != null) {
                add(out, lines.ref(table, column(col), Usage.MAPPED, a.line("name"), conf));
            }
        }
        JpaClass embeddable = m.element() == null ? null : first(m.element(), owner.cls());
        if (embeddable != null && embeddable.annotation("Embeddable") != null && depth < MAX_DEPTH) {
            Owner inner = new Owner(table, conf, owner.entityName(), owner.cls());
            Map<String, Annotation> overrides = overrides(m.annotations(), new HashMap<>());
            for (Member f : embeddable.members()) {
                member(out, inner, embeddable.lines(), f, overrides, lines, depth + 1);
            }
        }
    }

    /** {@code @AttributeOverride(name, column = @Column(name))}, alone or in {@code @AttributeOverrides}. */
    private static Map<String, Annotation> overrides(List<Annotation> as, Map<String, Annotation> into) {
        List<Annotation> all = new ArrayList<>();
        for (Annotation a : as) {
            if (a.name().equals("AttributeOverride")) {
                all.add(a);
            } else if (a.name().equals("AttributeOverrides")) {
                all.addAll(a.annotations("value"));
            }
        }
        for (Annotation o : all) {
            String attr = o.string("name");
            List<Annotation> cols = o.annotations("column");
            if (attr != null && !cols.isEmpty()) {
                into.put(attr, cols.get(0));
            }
        }
        return into;
    }

    /** A table or column name as the database sees it under the configured naming. */
    private String physical(String name) {
        String s = name.strip();
        if (s.startsWith("\"") || s.startsWith("`")) {
            return Naming.folded(s);
        }
        int dot = s.lastIndexOf('.');
        String last = dot < 0 ? s : s.substring(dot + 1);
        return naming == JpaFinder.Naming.SPRING_BOOT ? Naming.springSnake(last) : Naming.folded(last);
    }

    private String column(String name) {
        return blankToNull(name) == null ? null : physical(name);
    }

    private static boolean has(List<Annotation> as, String name) {
        return JpaClass.find(as, name) != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void add(List<Reference> out, Reference r) {
        if (r != null) {
            out.add(r);
        }
    }
}
