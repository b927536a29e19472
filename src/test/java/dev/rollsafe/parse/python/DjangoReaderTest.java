package dev.rollsafe.parse.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each Django operation becomes the changes Django's schema editor makes, located at the operation. */
class DjangoReaderTest {

    private static final String INITIAL = """
            migrations.CreateModel(
                name="Customer",
                fields=[
                    ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                    ("email", models.EmailField(max_length=254, unique=True)),
                    ("name", models.CharField(max_length=100, db_column="full_name")),
                    ("score", models.IntegerField(null=True)),
                ],
            ),
            migrations.CreateModel(
                name="Order",
                fields=[
                    ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                    ("customer", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="shop.customer")),
                    ("owner", models.ForeignKey(null=True, on_delete=models.SET_NULL, to=settings.AUTH_USER_MODEL)),
                    ("tags", models.ManyToManyField(to="shop.tag")),
                ],
                options={"db_table": "orders", "unique_together": {("customer", "owner")}},
            ),
            """;

    private static String migration(String operations) {
        return "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n\n"
                + "    dependencies = []\n\n    operations = [\n"
                + operations.indent(8) + "    ]\n";
    }

    private static List<Statement> read(DjangoReader reader, String operations) {
        return reader.read(migration(operations), "shop");
    }

    private static DjangoReader afterInitial(Dialect dialect) {
        DjangoReader r = new DjangoReader(dialect);
        List<Statement> s = read(r, INITIAL);
        assertTrue(s.stream().allMatch(Statement::understood), s.toString());
        return r;
    }

    private static List<Change> changes(List<Statement> statements) {
        return statements.stream().flatMap(s -> s.changes().stream()).collect(Collectors.toList());
    }

    @Test
    void createModelMakesTheTableWithDjangosNamesAndTypes() {
        List<Statement> s = read(new DjangoReader(Dialect.POSTGRESQL), INITIAL);
        Change.CreateTable customer = (Change.CreateTable) s.get(0).changes().get(0);
        assertEquals("shop_customer", customer.table().name());
        assertEquals(List.of("id", "email", "full_name", "score"),
                customer.columns().stream().map(ColumnDef::name).toList());
        ColumnDef id = customer.columns().get(0);
        assertTrue(id.primaryKey() && id.identity());
        assertEquals("varchar(254)", customer.columns().get(1).type().toString());
        assertTrue(customer.columns().get(1).unique());
        assertFalse(customer.columns().get(3).notNull());
        assertNull(customer.columns().get(2).defaultExpression());
        assertEquals(9, s.get(0).span().line(), "the line of the CreateModel call");

        Change.CreateTable order = (Change.CreateTable) s.get(1).changes().get(0);
        assertEquals("orders", order.table().name(), "db_table");
        assertEquals(List.of("id", "customer_id", "owner_id"), order.columns().stream().map(ColumnDef::name).toList());
        assertEquals("bigint", order.columns().get(1).type().toString());
        assertEquals("integer", order.columns().get(2).type().toString(), "auth.User keeps an AutoField");
        assertEquals("shop_customer", order.columns().get(1).references().name());
        assertTrue(order.constraints().stream().anyMatch(c -> c.kind() == ConstraintDef.Kind.UNIQUE
                && c.columns().equals(List.of("customer_id", "owner_id"))));
        List<String> rest = s.subList(2, s.size()).stream().map(Statement::summary).toList();
        assertTrue(rest.contains("create table orders_tags"), rest.toString());
        assertTrue(rest.contains("create index orders_customer_id on orders(customer_id)"), rest.toString());
        assertTrue(s.subList(1, s.size()).stream().allMatch(x -> x.span().line() == 18), "all at the CreateModel");
    }

    @Test
    void addFieldWithAPythonDefaultDropsTheDefaultAgain() {
        DjangoReader r = afterInitial(Dialect.POSTGRESQL);
        List<Statement> s = read(r, """
                migrations.AddField(model_name="customer", name="plan",
                    field=models.CharField(default="free", max_length=10), preserve_default=False),
                migrations.AddField("customer", "nick", models.CharField(max_length=10, null=True)),
                migrations.AddField("customer", "tier", models.IntegerField(db_default=1)),
                migrations.AddField("customer", "ref", models.IntegerField()),
                """);
        List<Change> plan = s.get(0).changes();
        Change.AddColumn add = (Change.AddColumn) plan.get(0);
        assertEquals("'free'", add.column().defaultExpression());
        assertTrue(add.column().notNull());
        assertEquals(new Change.DropDefault(add.table(), "plan"), plan.get(1));
        Change.AddColumn nick = (Change.AddColumn) s.get(1).changes().get(0);
        assertFalse(nick.column().notNull());
        assertEquals(1, s.get(1).changes().size());
        Change.AddColumn tier = (Change.AddColumn) s.get(2).changes().get(0);
        assertEquals("1", tier.column().defaultExpression());
        assertEquals(1, s.get(2).changes().size(), "db_default stays in the database");
        assertTrue(((Change.AddColumn) s.get(3).changes().get(0)).column().requiredOnInsert());
    }

    @Test
    void addForeignKeyAddsColumnIndexAndConstraint() {
        List<Statement> s = read(afterInitial(Dialect.POSTGRESQL), """
                migrations.AddField(model_name="customer", name="referrer", field=models.ForeignKey(
                    null=True, on_delete=django.db.models.deletion.SET_NULL, to="shop.customer")),
                """);
        assertEquals(List.of("add column shop_customer.referrer_id", "create index shop_customer_referrer_id on "
                + "shop_customer(referrer_id)", "add foreign key shop_customer_referrer_id_fk on shop_customer(referrer_id)"),
                s.get(0).changes().stream().map(Change::summary).toList());
    }

    @Test
    void removeRenameAndAlterFieldUseTheColumns() {
        DjangoReader r = afterInitial(Dialect.POSTGRESQL);
        List<Statement> s = read(r, """
                migrations.RemoveField(model_name="order", name="customer"),
                migrations.RenameField(model_name="customer", old_name="name", new_name="display_name"),
                migrations.RenameField(model_name="customer", old_name="score", new_name="points"),
                migrations.AlterField(model_name="customer", name="points", field=models.BigIntegerField()),
                migrations.RemoveField(model_name="order", name="tags"),
                """);
        assertEquals(List.of(new Change.DropColumn(
                dev.rollsafe.model.Name.of("orders"), "customer_id", false, false)), s.get(0).changes());
        assertTrue(s.get(1).understood());
        assertEquals(List.of(), s.get(1).changes(), "db_column keeps the column: nothing changes");
        assertEquals("rename column shop_customer.score to points", s.get(2).summary());
        assertEquals(List.of("change type of shop_customer.points to bigint", "set not null on shop_customer.points"),
                s.get(3).changes().stream().map(Change::summary).toList());
        assertEquals("drop table orders_tags", s.get(4).summary());
    }

    @Test
    void alterFieldOnMySqlRedefinesTheColumn() {
        List<Statement> s = read(afterInitial(Dialect.MYSQL), """
                migrations.AlterField(model_name="customer", name="email", field=models.EmailField(max_length=320, unique=True)),
                """);
        Change.RedefineColumn c = (Change.RedefineColumn) s.get(0).changes().get(0);
        assertEquals("email", c.oldName());
        assertEquals("varchar(320)", c.column().type().toString());
    }

    @Test
    void modelsTablesIndexesAndConstraints() {
        List<Statement> s = read(afterInitial(Dialect.POSTGRESQL), """
                migrations.AddIndex(model_name="customer", index=models.Index(fields=["-name", "email"], name="cust_name_idx")),
                migrations.RemoveIndex(model_name="customer", name="cust_name_idx"),
                migrations.AddConstraint(model_name="customer", constraint=models.CheckConstraint(
                    check=models.Q(score__gte=0), name="score_positive")),
                migrations.AddConstraint(model_name="customer", constraint=models.UniqueConstraint(
                    fields=["email", "name"], name="uniq_email_name")),
                migrations.RemoveConstraint(model_name="customer", name="score_positive"),
                migrations.AlterUniqueTogether(name="order", unique_together={("customer",)}),
                migrations.RenameModel(old_name="Customer", new_name="Client"),
                migrations.AlterModelTable(name="client", table="clients"),
                migrations.DeleteModel(name="Order"),
                migrations.AlterModelOptions(name="client", options={"ordering": ["id"]}),
                """);
        assertEquals(List.of(
                "create index cust_name_idx on shop_customer(full_name, email)",
                "drop index cust_name_idx on shop_customer",
                "add check score_positive on shop_customer",
                "add unique uniq_email_name on shop_customer(email, full_name)",
                "drop constraint score_positive on shop_customer",
                "drop unique orders_customer_owner_uniq on orders; add unique orders_customer_uniq on orders(customer_id)",
                "rename table shop_customer to shop_client",
                "rename table shop_client to clients",
                "drop table orders",
                "no schema change"), s.stream().map(Statement::summary).toList());
    }

    @Test
    void runSqlIsParsedRunPythonIsDataAndStateOperationsChangeNothing() {
        List<Statement> s = read(afterInitial(Dialect.POSTGRESQL), """
                migrations.RunSQL(
                    "ALTER TABLE shop_customer "
                    "ADD COLUMN note text; UPDATE shop_customer SET note = '';",
                    reverse_sql=migrations.RunSQL.noop,
                ),
                migrations.RunSQL([("CREATE INDEX CONCURRENTLY c_idx ON shop_customer (email)", None)]),
                migrations.RunPython(code=fill, reverse_code=migrations.RunPython.noop),
                migrations.SeparateDatabaseAndState(
                    state_operations=[migrations.RemoveField(model_name="customer", name="score")],
                    database_operations=[migrations.RunSQL("ALTER TABLE shop_customer DROP COLUMN score")],
                ),
                migrations.SeparateDatabaseAndState(
                    state_operations=[migrations.RemoveField(model_name="customer", name="email")],
                ),
                """);
        assertEquals("add column shop_customer.note; update shop_customer", s.get(0).summary());
        Change.CreateIndex idx = (Change.CreateIndex) s.get(1).changes().get(0);
        assertTrue(idx.concurrently());
        assertEquals(Change.RowOp.UPDATE, ((Change.RowChange) s.get(2).changes().get(0)).op());
        assertEquals("drop column shop_customer.score", s.get(3).summary());
        assertEquals(List.of(), s.get(4).changes());
        assertTrue(s.stream().allMatch(Statement::understood));
    }

    @Test
    void unknownOperationsAndUnreadableFilesAreNotUnderstoodAtTheirLine() {
        DjangoReader r = new DjangoReader(Dialect.POSTGRESQL);
        List<Statement> s = read(r, "myapp.operations.LoadFixture(\"x.json\"),\n");
        assertFalse(s.get(0).understood());
        assertTrue(s.get(0).problem().contains("unknown Django operation myapp.operations.LoadFixture"));
        assertEquals(9, s.get(0).span().line());
        String broken = "from django.db import migrations\n\nclass Migration(migrations.Migration):\n"
                + "    operations = [\n        migrations.RunSQL('SELECT 1\n    ]\n";
        List<Statement> b = r.read(broken, "shop");
        assertEquals(1, b.size());
        assertFalse(b.get(0).understood());
        assertEquals(5, b.get(0).span().line());
        assertTrue(b.get(0).problem().contains("never closed"), b.get(0).problem());
        assertEquals("no Migration class", r.read("X = 1\n", "shop").get(0).problem());
        List<Statement> bad = read(r, "migrations.AddField(model_name=1, name=\"x\", field=models.IntegerField()),\n");
        assertFalse(bad.get(0).understood());
    }

    @Test
    void noopSqlStateOperationsAndForeignKeysWithoutConstraint() {
        DjangoReader r = afterInitial(Dialect.POSTGRESQL);
        List<Statement> s = read(r, """
                migrations.RunSQL(migrations.RunSQL.noop, reverse_sql=migrations.RunSQL.noop),
                migrations.RunSQL("ALTER TABLE shop_customer RENAME COLUMN score TO points",
                    state_operations=[migrations.RenameField("customer", "score", "points")]),
                migrations.AddField("customer", "parent", models.ForeignKey(db_constraint=False, null=True,
                    on_delete=models.DO_NOTHING, to="shop.customer")),
                migrations.RemoveField("customer", "points"),
                """);
        assertTrue(s.get(0).understood());
        assertEquals(List.of(), s.get(0).changes());
        assertEquals("rename column shop_customer.score to points", s.get(1).summary());
        assertEquals(List.of("add column shop_customer.parent_id",
                "create index shop_customer_parent_id on shop_customer(parent_id)"),
                s.get(2).changes().stream().map(Change::summary).toList());
        assertEquals("drop column shop_customer.points", s.get(3).summary(), "the state knows the renamed field");
    }

    @Test
    void deepNestingAndRandomBytesNeverThrow() {
        DjangoReader r = new DjangoReader(Dialect.POSTGRESQL);
        List<Statement> deep = read(r, "migrations.RunSQL(" + "[".repeat(200_000) + "]".repeat(200_000) + "),\n");
        assertEquals(1, deep.size());
        java.util.Random random = new java.util.Random(6);
        String alphabet = "migrations.AddField(model_name='x', name=\"y\", field=models.IntegerField(default=1))[]{},:#\n\\ ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder("class Migration(migrations.Migration):\n    operations = [\n");
            int len = random.nextInt(120);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Statement> out = r.read(sb.toString(), "shop");
            assertTrue(out.stream().allMatch(st -> st.span().line() >= 1));
        }
    }
}
