package dev.rollsafe.model;

/** A view, function, sequence, type, schema, extension, trigger, ... that the replayed schema knows. */
public record SchemaObject(ObjectKind kind, Name name) {
}
