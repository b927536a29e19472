package dev.rollsafe.parse.python;

import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Dialect;
import java.util.Locale;

/** The column types Django's schema editors give its field classes, per dialect (as its backends' data_types do). */
final class DjangoFields {
    private DjangoFields() {
    }

    /** True for the field classes that store a key of another model's row in {@code <name>_id}. */
    static boolean isForeignKey(String cls) {
        return cls.equals("ForeignKey") || cls.equals("OneToOneField") || cls.equals("ParentalKey");
    }

    static boolean isAuto(String cls) {
        return cls.equals("AutoField") || cls.equals("BigAutoField") || cls.equals("SmallAutoField");
    }

    /** The column type of field class {@code cls} built by {@code call}; null for a class this reader does not know. */
    static DataType type(String cls, PyExpr.Call call, Dialect dialect) {
        boolean pg = dialect == Dialect.POSTGRESQL;
        String maxLength = number(call.kw("max_length"));
        switch (cls) {
            case "AutoField":
                return DataType.of(pg ? "integer" : "integer");
            case "BigAutoField":
                return DataType.of("bigint");
            case "SmallAutoField":
                return DataType.of("smallint");
            case "CharField":
                return new DataType("varchar", maxLength == null ? (pg ? null : "255") : maxLength, false);
            case "SlugField":
                return new DataType("varchar", maxLength == null ? "50" : maxLength, false);
            case "EmailField":
                return new DataType("varchar", maxLength == null ? "254" : maxLength, false);
            case "URLField":
                return new DataType("varchar", maxLength == null ? "200" : maxLength, false);
            case "FileField":
            case "ImageField":
            case "FilePathField":
                return new DataType("varchar", maxLength == null ? "100" : maxLength, false);
            case "TextField":
                return DataType.of(pg ? "text" : "longtext");
            case "IntegerField":
            case "PositiveIntegerField":
                return DataType.of("integer");
            case "BigIntegerField":
            case "PositiveBigIntegerField":
                return DataType.of("bigint");
            case "SmallIntegerField":
            case "PositiveSmallIntegerField":
                return DataType.of("smallint");
            case "BooleanField":
            case "NullBooleanField":
                return DataType.of(pg ? "boolean" : "bool");
            case "DateField":
                return DataType.of("date");
            case "DateTimeField":
                return pg ? DataType.of("timestamp with time zone") : new DataType("datetime", "6", false);
            case "TimeField":
                return pg ? DataType.of("time") : new DataType("time", "6", false);
            case "DurationField":
                return DataType.of(pg ? "interval" : "bigint");
            case "DecimalField":
                return new DataType(pg ? "numeric" : "decimal",
                        number(call.kw("max_digits")) + "," + number(call.kw("decimal_places")), false);
            case "FloatField":
                return DataType.of("double precision");
            case "UUIDField":
                return pg ? DataType.of("uuid") : new DataType("char", "32", false);
            case "JSONField":
                return DataType.of(pg ? "jsonb" : "json");
            case "BinaryField":
                return DataType.of(pg ? "bytea" : "longblob");
            case "GenericIPAddressField":
            case "IPAddressField":
                return pg ? DataType.of("inet") : new DataType("char", "39", false);
            case "ArrayField":
                return new DataType("text", null, true);
            case "HStoreField":
                return DataType.of("hstore");
            default:
                return null;
        }
    }

    /** A Python literal as SQL text: {@code 'x'}, {@code 0}, {@code TRUE}; null for what is not a literal. */
    static String literal(PyExpr e, Dialect dialect) {
        if (e instanceof PyExpr.Str s) {
            return "'" + s.value().replace("'", "''") + "'";
        }
        if (e instanceof PyExpr.Num n) {
            return n.text().replace("_", "");
        }
        if (e instanceof PyExpr.Const c) {
            switch (c.name()) {
                case "True":
                    return dialect == Dialect.POSTGRESQL ? "true" : "1";
                case "False":
                    return dialect == Dialect.POSTGRESQL ? "false" : "0";
                default:
                    return "NULL";
            }
        }
        if (e instanceof PyExpr.Call call) {
            String n = call.name().toLowerCase(Locale.ROOT);
            if (n.equals("now")) {
                return "CURRENT_TIMESTAMP";
            }
            if (call.name().equals("Value") && !call.args().isEmpty()) {
                return literal(call.args().get(0), dialect);
            }
        }
        return null;
    }

    static String number(PyExpr e) {
        return e instanceof PyExpr.Num n ? n.text().replace("_", "") : null;
    }

    static boolean isTrue(PyExpr e) {
        return e instanceof PyExpr.Const c && c.name().equals("True");
    }

    static String string(PyExpr e) {
        return e instanceof PyExpr.Str s ? s.value() : null;
    }
}
