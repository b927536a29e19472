package dev.rollsafe.model;

import dev.rollsafe.model.UnknownReference.What;
import java.util.ArrayList;
import java.util.List;

/** Replays views, functions, sequences, types, schemas, ... and the values of enum types. */
final class ObjectReplay {

    private final Replay r;

    ObjectReplay(Replay replay) {
        this.r = replay;
    }

        void createObject(Change.CreateObject co) {
        String k = Schema.objectKey(co.kind(), co.name());
        if (co.ifNotExists() && r.objects.containsKey(k)) {
            return;
        }
        r.objects = r.objects.put(k, new SchemaObject(co.kind(), co.name()));
    }

    void dropObject(Change.DropObject d) {
        String k = Schema.objectKey(d.kind(), d.name());
        if (!r.objects.containsKey(k)) {
            if (!d.ifExists()) {
                r.unknown(What.OBJECT, null, d.name().toString(), d);
            }
        }
        r.objects = r.objects.remove(k);
        if (d.kind() == ObjectKind.TYPE) {
            r.enums = r.enums.remove(Schema.key(d.name()));
        }
        if (d.kind() == ObjectKind.SCHEMA && d.cascade()) {
            dropSchemaContents(d.name().name());
        }
    }

    /** DROP SCHEMA ... CASCADE: the tables and objects written with that schema's name go with it. */
    private void dropSchemaContents(String schemaName) {
        List<String> doomedTables = new ArrayList<>();
        r.tables.forEach((k, t) -> {
            if (schemaName.equals(t.name().schema())) {
                doomedTables.add(k);
            }
        });
        for (String k : doomedTables) {
            r.dropOwnedSequences(r.tables.get(k));
            r.removeTable(k);
        }
        List<SchemaObject> doomedObjects = new ArrayList<>();
        r.objects.forEach((k, o) -> {
            if (schemaName.equals(o.name().schema())) {
                doomedObjects.add(o);
            }
        });
        for (SchemaObject o : doomedObjects) {
            r.objects = r.objects.remove(Schema.objectKey(o.kind(), o.name()));
            if (o.kind() == ObjectKind.TYPE) {
                r.enums = r.enums.remove(Schema.key(o.name()));
            }
        }
    }

    void renameObject(Change.RenameObject ro) {
        if (!r.objects.containsKey(Schema.objectKey(ro.kind(), ro.from()))) {
            r.unknown(What.OBJECT, null, ro.from().toString(), ro);
        }
        moveObject(ro.kind(), ro.from(), Replay.inheritSchema(ro.from(), ro.to()));
    }

    void moveObject(ObjectKind kind, Name from, Name to) {
        r.objects = r.objects.remove(Schema.objectKey(kind, from)).put(Schema.objectKey(kind, to), new SchemaObject(kind, to));
        List<String> values = r.enums.get(Schema.key(from));
        if (kind == ObjectKind.TYPE && values != null) {
            r.enums = r.enums.remove(Schema.key(from)).put(Schema.key(to), values);
        }
    }

    void alterObject(Change.AlterObject a) {
        String k = Schema.objectKey(a.kind(), a.name());
        if (!r.objects.containsKey(k)) {
            r.unknown(What.OBJECT, null, a.name().toString(), a);
            r.objects = r.objects.put(k, new SchemaObject(a.kind(), a.name()));
        }
    }

    void createEnumType(Change.CreateEnumType ce) {
        r.objects = r.objects.put(Schema.objectKey(ObjectKind.TYPE, ce.type()), new SchemaObject(ObjectKind.TYPE, ce.type()));
        r.enums = r.enums.put(Schema.key(ce.type()), ce.values());
    }

    void addEnumValue(Change.AddEnumValue ae) {
        List<String> values = r.enums.get(Schema.key(ae.type()));
        if (values == null) {
            r.unknown(What.ENUM_TYPE, null, ae.type().toString(), ae);
            return;
        }
        if (!values.contains(ae.value())) {
            List<String> next = new ArrayList<>(values);
            next.add(ae.value());
            r.enums = r.enums.put(Schema.key(ae.type()), List.copyOf(next));
        }
    }

    void renameEnumValue(Change.RenameEnumValue re) {
        List<String> values = r.enums.get(Schema.key(re.type()));
        if (values == null) {
            r.unknown(What.ENUM_TYPE, null, re.type().toString(), re);
        } else if (!values.contains(re.from())) {
            r.unknown(What.ENUM_VALUE, null, re.type() + "." + re.from(), re);
        } else {
            r.enums = r.enums.put(Schema.key(re.type()),
                    values.stream().map(v -> v.equals(re.from()) ? re.to() : v).toList());
        }
    }
}
