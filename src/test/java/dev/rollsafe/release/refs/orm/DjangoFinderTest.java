package dev.rollsafe.release.refs.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class DjangoFinderTest {
    private final DjangoFinder finder = new DjangoFinder();

    @Test
    void modelClassesAbstractBasesMetaAndOrmCallsInTheSameFile() {
        String text = Expectations.read("django/shop/models.py");
        Expectations.check(text, finder.find("shop/models.py", text));
    }

    @Test
    void ormCallsOnImportedModelsAreLikely() {
        String text = Expectations.read("django/shop/views.py");
        Expectations.check(text, finder.find("shop/views.py", text));
    }

    @Test
    void modelsPackageTakesTheAppFolderAsLabel() {
        String text = "from django.db import models\n\nclass Customer(models.Model):\n"
                + "    full_name = models.CharField(max_length=9)\n";
        List<String> refs = JpaFinderTest.names(finder.find("src/shop/models/customer.py", text));
        assertEquals(List.of("shop_customer", "shop_customer.full_name", "shop_customer.id"), refs);
    }

    @Test
    void importedAbstractBaseStillMakesAModelWhenFieldsAreDjangos() {
        String text = "from django.db import models\nfrom core.models import TimeStamped\n\n"
                + "class Customer(TimeStamped):\n    full_name = models.CharField(max_length=9)\n";
        assertTrue(JpaFinderTest.names(finder.find("shop/models.py", text)).contains("shop_customer.full_name"));
    }

    @Test
    void formsSerializersMigrationsAndBrokenInputYieldNothing() {
        String form = "from django import forms\nfrom django.db import models\n\nclass F(forms.Form):\n"
                + "    full_name = forms.CharField()\n";
        assertEquals(List.of(), finder.find("shop/forms.py", form));
        String serializer = "from rest_framework import serializers\nfrom django.db import models\n\n"
                + "class S(serializers.ModelSerializer):\n    full_name = serializers.CharField()\n"
                + "    class Meta:\n        model = Customer\n";
        assertEquals(List.of(), finder.find("shop/serializers.py", serializer));
        assertFalse(finder.accepts("shop/migrations/0002_customer_full_name.py"));
        assertTrue(finder.accepts("shop/models.py"));
        assertEquals(List.of(), finder.find("models.py", "from django.db import models\nclass A(models.Model):\n"
                + "    x = models.CharField(\n"));
        for (int cut = 0; cut < 400; cut += 7) {
            String text = Expectations.read("django/shop/views.py");
            finder.find("shop/views.py", text.substring(0, Math.min(cut, text.length())));
        }
    }

    @Test
    void aDifferentModelsFieldIsNotThisModelsColumn() {
        String text = "from django.db import models\n\nclass Customer(models.Model):\n"
                + "    full_name = models.CharField(max_length=9)\n\nclass Supplier(models.Model):\n"
                + "    name = models.CharField(max_length=9)\n\n"
                + "def f():\n    return Supplier.objects.filter(full_name='x', name='y')\n";
        List<Reference> refs = finder.find("shop/models.py", text);
        List<String> supplier = refs.stream().filter(r -> r.line() == 10).map(r -> r.table() + "." + r.column())
                .toList();
        assertEquals(List.of("shop_supplier.name", "shop_supplier.null"), supplier);
    }

    @Test
    void customManagersOfTheModelAreQuerySetsToo() {
        String text = "from django.db import models\n\nclass Customer(models.Model):\n"
                + "    full_name = models.CharField(max_length=9)\n    active = ActiveQuerySet.as_manager()\n"
                + "    vip = VipManager()\n\n"
                + "def f():\n    return Customer.active.filter(full_name='x'), Customer.vip.values('full_name')\n";
        List<String> line9 = finder.find("shop/models.py", text).stream().filter(r -> r.line() == 9)
                .map(r -> r.table() + "." + r.column()).toList();
        assertEquals(List.of("shop_customer.full_name", "shop_customer.null"), line9);
    }

    @Test
    void aConstructorOfAnImportedClassNeedsADjangoFile() {
        String pydantic = "from app.models import User\n\ndef f(n):\n    return User(name=n)\n";
        assertEquals(List.of(), finder.find("app/api.py", pydantic));
        String django = "from django.shortcuts import render\n" + pydantic;
        assertEquals(List.of("app_user.name", "app_user"), JpaFinderTest.names(finder.find("app/api.py", django)));
    }

    @Test
    void expressionsWithAnOutputFieldAreNoModels() {
        String text = "from django.db.models import FloatField, Func\n\nclass GeoFunc(Func):\n    pass\n\n"
                + "class Distance(GeoFunc):\n    output_field = FloatField()\n    unit = FloatField()\n";
        assertEquals(List.of(), finder.find("geo/functions.py", text));
    }

    @Test
    void geoDjangosModelsModuleAndDjangosOwnTables() {
        String gis = "from django.contrib.gis.db import models\n\nclass Place(models.Model):\n"
                + "    point = models.PointField()\n";
        assertEquals(List.of("maps_place", "maps_place.point", "maps_place.id"),
                JpaFinderTest.names(finder.find("maps/models.py", gis)));
        String admin = "from django.contrib.admin.models import LogEntry\n"
                + "from django.contrib.gis.db.models import GeometryField\n\n"
                + "def f(g):\n    GeometryField(srid=4326)\n    return LogEntry.objects.filter(user_id=1)\n";
        assertEquals(List.of("django_admin_log.user_id", "django_admin_log"),
                JpaFinderTest.names(finder.find("shop/audit.py", admin)));
    }

    @Test
    void aggregatesAndLineContinuations() {
        String text = "from django.db.models import Sum\nfrom shop.models import Order\n\ndef f():\n"
                + "    return Order.objects \\\n        .aggregate(total=Sum('amount'))\n";
        List<String> refs = finder.find("shop/reports.py", text).stream()
                .map(r -> r.line() + ":" + (r.column() == null ? r.table() : r.table() + "." + r.column())).toList();
        assertEquals(List.of("6:shop_order.amount", "5:shop_order"), refs);
    }
}
