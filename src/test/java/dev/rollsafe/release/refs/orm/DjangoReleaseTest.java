package dev.rollsafe.release.refs.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.release.GitRepo;
import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinders;
import dev.rollsafe.release.ReferenceScanner;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release verdicts on a Django project, in real git repositories: a field still on a model in the
 * release that serves during the deploy holds its column; removing the field a release before the drop
 * (the two-step way) passes.
 */
class DjangoReleaseTest {
    private static final String INIT = "CREATE TABLE shop_customer (id bigint PRIMARY KEY, full_name text, "
            + "email text);\n";
    private static final String DROP = "ALTER TABLE shop_customer DROP COLUMN full_name;\n";
    private static final String MODELS_WITH = "\"\"\"Customers (full_name is the display name).\"\"\"\n"
            + "from django.db import models\n\n\nclass Customer(models.Model):\n"
            + "    email = models.EmailField()\n"
            + "    full_name = models.CharField(max_length=200)\n";
    private static final String MODELS_WITHOUT = "\"\"\"Customers (full_name was the display name).\"\"\"\n"
            + "from django.db import models\n\n\nclass Customer(models.Model):\n"
            + "    email = models.EmailField()\n"
            + "    # full_name = models.CharField(max_length=200)  removed in 1.1\n";

    @TempDir
    Path dir;

    private List<Finding> contract() {
        CheckResult r = new Engine().check(new CheckRequest(dir, List.of(), null, null, false, null, false));
        return r.findings().stream().filter(f -> f.ruleId().equals("contract-while-referenced")).toList();
    }

    @Test
    void oneStepDropWhileTheReleaseModelStillHasTheField() throws Exception {
        try (GitRepo git = GitRepo.init(dir)) {
            git.write("db/migration/V1__init.sql", INIT).write("shop/models.py", MODELS_WITH).commit("1.0");
            git.tag("v1.0.0");
            git.write("db/migration/V2__drop_full_name.sql", DROP).write("shop/models.py", MODELS_WITHOUT)
                    .commit("drop full_name in one step");
        }
        List<Finding> found = contract();
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals("db/migration/V2__drop_full_name.sql", f.path());
        Evidence e = f.evidence().get(0);
        assertEquals("v1.0.0", e.release());
        assertEquals("shop/models.py", e.path());
        assertEquals(7, e.line(), "the field's line, not the docstring's");
        assertTrue(e.text().startsWith("full_name = models.CharField"), e.text());
    }

    @Test
    void twoStepFieldRemovedOneReleaseThenDroppedPasses() throws Exception {
        try (GitRepo git = GitRepo.init(dir)) {
            git.write("db/migration/V1__init.sql", INIT).write("shop/models.py", MODELS_WITH).commit("1.0");
            git.tag("v1.0.0");
            git.write("shop/models.py", MODELS_WITHOUT).commit("1.1: the model no longer has full_name");
            git.tag("v1.1.0");
            git.write("db/migration/V2__drop_full_name.sql", DROP).commit("1.2: drop the column");
        }
        assertEquals(List.of(), contract());
    }

    @Test
    void ormQueryOfTheReleaseOnAnotherModelsFieldIsNoEvidence() throws Exception {
        String views = "from shop.models import Supplier\n\n\ndef f():\n"
                + "    return Supplier.objects.filter(full_name='x')\n";
        try (GitRepo git = GitRepo.init(dir)) {
            git.write("db/migration/V1__init.sql", INIT).write("shop/models.py", MODELS_WITHOUT)
                    .write("shop/views.py", views).commit("1.0");
            git.tag("v1.0.0");
            git.write("db/migration/V2__drop_full_name.sql", DROP).commit("drop");
        }
        assertEquals(List.of(), contract(), "shop_supplier.full_name is not shop_customer.full_name");
    }

    @Test
    void ormCallOnAnImportedModelIsEvidence() throws Exception {
        String views = "from .models import Customer\n\n\ndef search(q):\n"
                + "    return Customer.objects.filter(full_name__icontains=q).values('email')\n";
        try (GitRepo git = GitRepo.init(dir)) {
            git.write("db/migration/V1__init.sql", INIT).write("shop/models.py", MODELS_WITHOUT)
                    .write("shop/views.py", views).commit("1.0");
            git.tag("v1.0.0");
            git.write("db/migration/V2__drop_full_name.sql", DROP).write("shop/views.py", "")
                    .commit("drop");
        }
        List<Finding> found = contract();
        assertEquals(1, found.size(), found::toString);
        Evidence e = found.get(0).evidence().get(0);
        assertEquals("shop/views.py", e.path());
        assertEquals(5, e.line());
    }

    @Test
    void rawSqlInCursorExecuteAndRawGoesThroughTheSqlStringFinder() {
        String views = "from django.db import connection\nfrom .models import Customer\n\n\ndef f(q):\n"
                + "    with connection.cursor() as cursor:\n"
                + "        cursor.execute(\"SELECT full_name FROM shop_customer WHERE id = %s\", [q])\n"
                + "    return Customer.objects.raw('SELECT id, email FROM shop_customer WHERE email = %s', [q])\n";
        List<Reference> refs = new ReferenceScanner(ReferenceFinders.standard()).scan("shop/views.py", views);
        List<String> sql = refs.stream().filter(r -> r.finder().equals("sql-string") && r.column() != null)
                .map(r -> r.line() + ":" + r.table() + "." + r.column()).distinct().sorted().toList();
        assertEquals(List.of("7:shop_customer.full_name", "7:shop_customer.id", "8:shop_customer.email",
                "8:shop_customer.id"), sql);
    }
}
