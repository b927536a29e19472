package dev.rollsafe.deploy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Kubernetes and OpenShift manifests (multi-document YAML, OpenShift Template {@code objects}, List
 * {@code items}) into {@link Step}s with their lines: the containers and init containers of Deployments,
 * DeploymentConfigs, StatefulSets, DaemonSets and Pods; Jobs and CronJobs; Helm and Argo CD hooks; the
 * execNewPod hooks of a DeploymentConfig strategy.
 */
final class Manifests {
    private static final Set<String> WORKLOADS = Set.of("Deployment", "DeploymentConfig", "StatefulSet",
            "DaemonSet", "ReplicaSet", "ReplicationController", "Rollout", "Pod", "Job", "CronJob");

    private final String path;
    private final String scope;
    private final List<Step> out;
    private final List<Rollout> rollouts = new ArrayList<>();

    private Manifests(String path, String scope, List<Step> out) {
        this.path = path;
        this.scope = scope;
        this.out = out;
    }

    /** The steps and the rollout strategies of one file; throws on YAML that cannot be read. */
    record Read(List<Step> steps, List<Rollout> rollouts) {
    }

    /** The steps of one file; throws on YAML that cannot be read (the caller turns that into a note). */
    static List<Step> read(String path, String scope, String text) {
        return readAll(path, scope, text).steps();
    }

    /** As {@link #read}, with the rollout strategy of each Deployment, DeploymentConfig and StatefulSet. */
    static Read readAll(String path, String scope, String text) {
        List<Step> out = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        Yaml yaml = new Yaml(options);
        Manifests m = new Manifests(path, scope, out);
        for (Node doc : yaml.composeAll(new StringReader(text))) {
            m.object(doc);
        }
        return new Read(out, m.rollouts);
    }

    /** Whether the text looks like it declares one of the objects read here. */
    static boolean looksLikeManifest(String text) {
        return text.matches("(?s).*(^|\\n)[ \\t-]*kind:\\s*[\"']?(Deployment|DeploymentConfig|StatefulSet|DaemonSet"
                + "|ReplicaSet|ReplicationController|Rollout|Pod|Job|CronJob|Template|List)\\b.*");
    }

    private void object(Node node) {
        if (!(node instanceof MappingNode)) {
            return;
        }
        String kind = scalar(get(node, "kind"));
        if ("Template".equals(kind) || "List".equals(kind)) {
            for (Node item : items(get(node, "Template".equals(kind) ? "objects" : "items"))) {
                object(item);
            }
            return;
        }
        if (kind == null || !WORKLOADS.contains(kind)) {
            return;
        }
        String name = scalar(get(get(node, "metadata"), "name"));
        String label = kind + " " + (name == null ? "(unnamed)" : name.replaceAll("«[^»]*»", "*"));
        Node annotations = get(get(node, "metadata"), "annotations");
        Node spec = get(node, "spec");
        Node pod;
        if (kind.equals("Pod")) {
            pod = spec;
        } else if (kind.equals("CronJob")) {
            pod = get(get(get(get(spec, "jobTemplate"), "spec"), "template"), "spec");
        } else {
            pod = get(get(spec, "template"), "spec");
        }
        Role role = hook(annotations) ? Role.HOOK
                : kind.equals("Job") || kind.equals("CronJob") ? Role.JOB : Role.APP;
        String group = path + "#" + label + "@" + node.getStartMark().getLine();
        Map<String, String> images = new LinkedHashMap<>();
        for (Node c : items(get(pod, "containers"))) {
            container(c, role, label, group, images, false);
        }
        for (Node c : items(get(pod, "initContainers"))) {
            container(c, role == Role.APP ? Role.INIT : role, label, group, images, true);
        }
        rollout(kind, label, group, node, spec);
        if (kind.equals("DeploymentConfig")) {
            Node strategy = get(spec, "strategy");
            strategyHook(get(get(strategy, "rollingParams"), "pre"), "pre", label, group, images);
            strategyHook(get(get(strategy, "recreateParams"), "pre"), "pre", label, group, images);
            strategyHook(get(get(strategy, "recreateParams"), "mid"), "mid", label, group, images);
        }
    }

    /** The strategy of a Deployment ({@code strategy.type}), DeploymentConfig (same) or StatefulSet ({@code updateStrategy.type}). */
    private void rollout(String kind, String label, String group, Node node, Node spec) {
        String fallback = switch (kind) {
            case "Deployment", "StatefulSet" -> "RollingUpdate";
            case "DeploymentConfig" -> "Rolling";
            default -> null;
        };
        if (fallback == null) {
            return;
        }
        Node type = get(get(spec, kind.equals("StatefulSet") ? "updateStrategy" : "strategy"), "type");
        String written = scalar(type);
        rollouts.add(new Rollout(path, type == null ? line(node) : line(type), label,
                written == null || written.isBlank() ? fallback : written.strip(), group));
    }

    /** A Helm pre-install/pre-upgrade hook or an Argo CD PreSync hook. */
    private static boolean hook(Node annotations) {
        String helm = scalar(get(annotations, "helm.sh/hook"));
        if (helm != null && (helm.contains("pre-install") || helm.contains("pre-upgrade"))) {
            return true;
        }
        String argo = scalar(get(annotations, "argocd.argoproj.io/hook"));
        return argo != null && argo.contains("PreSync");
    }

    private void container(Node c, Role role, String workload, String group, Map<String, String> images,
                           boolean init) {
        String name = scalar(get(c, "name"));
        Node image = get(c, "image");
        String img = scalar(image);
        if (name != null && img != null) {
            images.put(name, img);
        }
        List<Part> parts = new ArrayList<>();
        parts(get(c, "command"), parts);
        parts(get(c, "args"), parts);
        String place = (init ? "init container " : "container ") + (name == null ? "(unnamed)" : name) + " of "
                + workload + (role == Role.HOOK ? " (a deploy hook)" : "");
        out.add(new Step(path, line(c), role, place, img, image == null ? line(c) : line(image), parts, env(c),
                group, scope, false));
    }

    private void strategyHook(Node hook, String which, String workload, String group, Map<String, String> images) {
        Node exec = get(hook, "execNewPod");
        if (exec == null) {
            return;
        }
        String container = scalar(get(exec, "containerName"));
        List<Part> parts = new ArrayList<>();
        parts(get(exec, "command"), parts);
        String image = container == null ? null : images.get(container);
        out.add(new Step(path, line(hook), Role.STRATEGY_HOOK, which + " hook of " + workload, image, line(exec),
                parts, env(exec), group, scope, false));
    }

    private static Map<String, String> env(Node c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Node e : items(get(c, "env"))) {
            String name = scalar(get(e, "name"));
            String value = scalar(get(e, "value"));
            if (name != null) {
                env.put(name, value == null ? "" : value);
            }
        }
        return env;
    }

    /** The pieces of a command or args node: a list's items, or one string, each at its line. */
    private static void parts(Node node, List<Part> parts) {
        if (node instanceof ScalarNode s) {
            boolean block = s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
            String[] lines = s.getValue().split("\n", -1);
            int first = line(s) + (block ? 1 : 0);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank() || lines.length == 1) {
                    parts.add(new Part(lines[i] + (lines.length > 1 ? ";" : ""), first + (block ? i : 0)));
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                parts(item, parts);
            }
        }
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    static Node get(Node map, String key) {
        if (!(map instanceof MappingNode m)) {
            return null;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    static List<Node> items(Node n) {
        return n instanceof SequenceNode s ? s.getValue() : List.of();
    }
}
