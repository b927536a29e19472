package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.DataType;
import org.junit.jupiter.api.Test;

/** Which type changes PostgreSQL makes in place (checked on a server by PostgresClaimsTest for the fixtures). */
class ColumnTypeChangeRewritesTableRuleTest {

    private static DataType t(String name, String args) {
        return new DataType(name, args, false);
    }

    @Test
    void binaryCoercibleChangesKeepTheTable() {
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("varchar", "50"), t("varchar", "100")));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("character varying", "50"), t("varchar", "50")));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("varchar", "50"), t("text", null)));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("varchar", "50"), t("varchar", null)));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("text", null), t("varchar", null)));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("numeric", "10,2"), t("decimal", "12,2")));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("numeric", "10,2"), t("numeric", null)));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("int", null), t("integer", null)));
        assertTrue(ColumnTypeChangeRewritesTableRule.noRewrite(t("cidr", null), t("inet", null)));
    }

    @Test
    void otherChangesRewrite() {
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("int", null), t("bigint", null)));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("text", null), t("int", null)));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("text", null), t("varchar", "10")));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("varchar", "100"), t("varchar", "50")));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("varchar", null), t("varchar", "50")));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("numeric", "10,2"), t("numeric", "12,4")));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("numeric", null), t("numeric", "12,2")));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("timestamp", null), t("timestamptz", null)));
        assertFalse(ColumnTypeChangeRewritesTableRule.noRewrite(t("varchar", "50"),
                new DataType("varchar", "50", true)));
    }
}
