package dev.rollsafe.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployWindowTest {

    @TempDir
    Path dir;

    private Optional<DeployWindow> window(String yaml) throws Exception {
        Files.writeString(dir.resolve("deploy.yaml"), yaml);
        return DeployWindow.of(DeploymentFinder.find(dir, List.of()));
    }

    private static String dc(String strategy, String hooks, String init) {
        return """
                apiVersion: apps.openshift.io/v1
                kind: DeploymentConfig
                metadata:
                  name: shop
                spec:
                  strategy:
                    type: %s
                %s
                  template:
                    spec:
                %s
                      containers:
                        - name: web
                          image: shop:1.2.0
                          command: ["gunicorn", "shop.wsgi"]
                """.formatted(strategy, hooks, init);
    }

    private static final String INIT = """
                  initContainers:
                    - name: migrate
                      image: shop:1.2.0
                      command: ["python", "manage.py", "migrate", "--noinput"]
            """;

    @Test
    void rollingKeepsThePreviousReleaseServing() throws Exception {
        DeployWindow w = window(dc("Rolling", "", INIT)).orElseThrow();
        assertEquals(1, w.releases());
        assertTrue(w.reason().startsWith("Rolling strategy of DeploymentConfig shop (deploy.yaml:7)"), w.reason());
    }

    @Test
    void recreateWithMigrationsInTheInitContainerOrMidHookIsZero() throws Exception {
        DeployWindow init = window(dc("Recreate", "", INIT)).orElseThrow();
        assertEquals(0, init.releases(), init.reason());
        assertTrue(init.reason().contains("init container"), init.reason());

        String mid = """
                    recreateParams:
                      mid:
                        failurePolicy: Abort
                        execNewPod:
                          containerName: web
                          command: ["python", "manage.py", "migrate"]
                """;
        DeployWindow w = window(dc("Recreate", mid, "")).orElseThrow();
        assertEquals(0, w.releases(), w.reason());
        assertTrue(w.reason().contains("mid hook"), w.reason());
    }

    @Test
    void recreateWithAPreHookOrNoMigrationInItsPodsStaysOne() throws Exception {
        String pre = """
                    recreateParams:
                      pre:
                        failurePolicy: Abort
                        execNewPod:
                          containerName: web
                          command: ["python", "manage.py", "migrate"]
                """;
        DeployWindow w = window(dc("Recreate", pre, "")).orElseThrow();
        assertEquals(1, w.releases());
        assertTrue(w.reason().contains("pre hook"), w.reason());
        assertEquals(1, window(dc("Recreate", "", "")).orElseThrow().releases());
        // a check-only command in the init container is no migration
        assertEquals(1, window(dc("Recreate", "", INIT.replace("\"--noinput\"", "\"--check\""))).orElseThrow()
                .releases());
    }

    @Test
    void defaultsAndSeveralWorkloads() throws Exception {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: api:2
                """;
        DeployWindow d = window(deployment).orElseThrow();
        assertEquals(1, d.releases());
        assertTrue(d.reason().startsWith("RollingUpdate strategy of Deployment api"), d.reason());
        // the widest window of all workloads wins
        assertEquals(1, window(dc("Recreate", "", INIT) + "---\n" + deployment).orElseThrow().releases());
        assertEquals(0, window(dc("Recreate", "", INIT)).orElseThrow().releases());
    }

    @Test
    void noWorkloadNoWindow() throws Exception {
        assertTrue(window("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                spec:
                  template:
                    spec:
                      containers:
                        - name: m
                          image: shop:1
                          command: ["python", "manage.py", "migrate"]
                """).isEmpty());
    }
}
