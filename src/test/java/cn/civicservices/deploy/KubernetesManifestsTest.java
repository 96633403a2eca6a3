package cn.civicservices.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.civicservices.common.Role;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.kubernetes.client.util.Yaml;

/**
 * Every overlay of k8s/, rendered by {@link Kustomize}, parses strictly as Kubernetes objects (client-java's models:
 * an unknown field or a wrong type fails) and operator objects ({@link OperatorFields}), and agrees with the
 * application: the variables production reads (application.properties), its port, its health paths, its roles and
 * role claim, its client id, the Secret keys the README documents, the image named after the Maven artifact.
 */
class KubernetesManifestsTest {

    private static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Set<String> OPERATOR_GROUPS = Set.of("postgresql.cnpg.io", "barmancloud.cnpg.io",
            "k8s.keycloak.org");

    /** One rendered overlay: the generic trees, and the built-in kinds parsed by client-java. */
    record Rendered(String overlay, List<Map<String, Object>> trees, List<Object> builtIns) {

        <T> T only(Class<T> type) {
            List<T> found = builtIns.stream().filter(type::isInstance).map(type::cast).toList();
            assertEquals(1, found.size(), overlay + ": one " + type.getSimpleName());
            return found.get(0);
        }

        List<Map<String, Object>> ofKind(String kind) {
            return trees.stream().filter(t -> kind.equals(t.get("kind"))).toList();
        }

        Map<String, Object> named(String kind, String name) {
            return ofKind(kind).stream().filter(t -> name.equals(Kustomize.metadata(t).get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
        }

        V1Container api() {
            return only(V1Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        }

        /** The environment of the API container: its own variables and the keys of the ConfigMaps it imports. */
        Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>();
            V1Container api = api();
            if (api.getEnvFrom() != null) {
                for (var from : api.getEnvFrom()) {
                    assertTrue(from.getConfigMapRef() != null, overlay + ": envFrom only from ConfigMaps");
                    builtIns.stream().filter(V1ConfigMap.class::isInstance).map(V1ConfigMap.class::cast)
                            .filter(c -> c.getMetadata().getName().equals(from.getConfigMapRef().getName()))
                            .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + from))
                            .getData().forEach(env::put);
                }
            }
            for (V1EnvVar e : api.getEnv()) {
                env.put(e.getName(), e.getValue() != null ? e.getValue() : "<secret>");
            }
            return env;
        }
    }

    static Rendered render(String overlay) {
        List<Map<String, Object>> trees = Kustomize.render(Path.of("k8s/overlays", overlay));
        List<Object> builtIns = new ArrayList<>();
        OperatorFields operatorFields = OperatorFields.load();
        org.yaml.snakeyaml.Yaml dumper = new org.yaml.snakeyaml.Yaml();
        for (Map<String, Object> tree : trees) {
            String apiVersion = (String) tree.get("apiVersion");
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            if (OPERATOR_GROUPS.contains(group)) {
                List<String> problems = operatorFields.problems(tree);
                assertTrue(problems.isEmpty(), overlay + ": " + problems);
            } else {
                try {
                    builtIns.add(Yaml.load(dumper.dump(tree)));
                } catch (Exception e) {
                    throw new AssertionError(overlay + ": " + tree.get("kind") + " "
                            + Kustomize.metadata(tree).get("name") + " does not parse strictly: " + e.getMessage(), e);
                }
            }
        }
        return new Rendered(overlay, trees, builtIns);
    }

    static List<Rendered> all() {
        return OVERLAYS.stream().map(KubernetesManifestsTest::render).toList();
    }

    // --- Strict parsing ----------------------------------------------------------------------------------------

    @Test
    void everyObjectOfEveryOverlayParsesStrictlyAndLandsInTheOverlaysNamespace() {
        for (Rendered r : all()) {
            Set<String> kinds = r.trees().stream().map(t -> (String) t.get("kind")).collect(Collectors.toSet());
            assertEquals(Set.of("ConfigMap", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler",
                    "PodDisruptionBudget", "NetworkPolicy", "Cluster", "ObjectStore", "ScheduledBackup", "Keycloak",
                    "KeycloakRealmImport"), kinds, r.overlay());
            for (Map<String, Object> t : r.trees()) {
                assertEquals("civic-" + r.overlay(), Kustomize.metadata(t).get("namespace"), r.overlay() + " " + t.get("kind"));
                assertEquals(r.overlay(), labels(t).get("app.kubernetes.io/environment"));
            }
        }
    }

    @Test
    void unknownFieldsAndWrongTypesAreRejected() {
        assertThrows(Exception.class, () -> Yaml.load("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n"
                + "spec:\n  selectr:\n    app: x\n"));
        assertThrows(Exception.class, () -> Yaml.load("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: x\nspec:\n  replicas: many\n"));
        OperatorFields fields = OperatorFields.load();
        assertEquals(List.of("postgresql.cnpg.io/v1 Cluster x spec: unknown field instance"),
                fields.problems(tree("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: x}\n"
                        + "spec: {instance: 3}")));
        assertEquals(List.of("postgresql.cnpg.io/v1 Cluster x spec.instances: int expected, found three"),
                fields.problems(tree("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: x}\n"
                        + "spec: {instances: three}")));
        assertEquals(List.of("k8s.keycloak.org/v2alpha1 Keycloak x spec.proxy.headers: enum(forwarded|xforwarded)"
                + " expected, found x-forwarded"), fields.problems(tree("apiVersion: k8s.keycloak.org/v2alpha1\n"
                        + "kind: Keycloak\nmetadata: {name: x}\nspec: {proxy: {headers: x-forwarded}}")));
        assertEquals(List.of("k8s.keycloak.org/v2alpha1 KeycloakRealmImport x spec.realm.clients[0].attributes: map"
                + " expected, found {pkce.code.challenge.method=true}"),
                fields.problems(tree("apiVersion: k8s.keycloak.org/v2alpha1\nkind: KeycloakRealmImport\n"
                        + "metadata: {name: x}\nspec: {realm: {clients: [{attributes: {pkce.code.challenge.method: true}}]}}")));
        assertFalse(fields.problems(tree("apiVersion: postgresql.cnpg.io/v1\nkind: Pooler\nmetadata: {name: x}\n"
                + "spec: {}")).isEmpty(), "a kind without specification is refused");
    }

    // --- The renderer ------------------------------------------------------------------------------------------

    @Test
    void theRendererAppliesItsSubsetAsKustomizeDoes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("base"));
        Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(dir.resolve("base/kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [deployment.yaml]
                """);
        Files.writeString(dir.resolve("base/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  replicas: 1
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: c, image: "app:1"}, {name: s, image: other}]
                      initContainers: [{name: i, image: app}]
                """);
        Files.writeString(dir.resolve("overlay/kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: ns
                resources: [../base]
                labels: [{pairs: {env: x}, includeTemplates: true}]
                images: [{name: app, newName: reg/app, newTag: "2"}]
                patches:
                  - target: {kind: Deployment, name: d}
                    patch: |-
                      - {op: replace, path: /spec/replicas, value: 3}
                      - {op: add, path: /spec/template/spec/containers/-, value: {name: e, image: "app@sha256:ab"}}
                      - {op: remove, path: /spec/template/spec/containers/1}
                      - {op: add, path: /metadata/annotations, value: {a~1b: c}}
                      - {op: add, path: /metadata/annotations/x~1y, value: z}
                """);
        Map<String, Object> d = Kustomize.render(dir.resolve("overlay")).get(0);
        Map<String, Object> spec = Kustomize.cast(d.get("spec"));
        assertEquals(3, spec.get("replicas"));
        assertEquals("ns", Kustomize.metadata(d).get("namespace"));
        assertEquals(Map.of("env", "x"), Kustomize.metadata(d).get("labels"));
        Map<String, Object> template = Kustomize.cast(spec.get("template"));
        assertEquals(Map.of("a", "b", "env", "x"), Kustomize.metadata(template).get("labels"));
        assertEquals(Map.of("a~1b", "c", "x/y", "z"), Kustomize.metadata(d).get("annotations"));
        Map<String, Object> pod = Kustomize.cast(template.get("spec"));
        assertEquals(List.of("reg/app:2", "reg/app:2"), ((List<?>) pod.get("containers")).stream()
                .map(c -> Kustomize.cast(c).get("image")).toList(), "tag and digest replaced, other images kept");
        assertEquals("reg/app:2", Kustomize.cast(((List<?>) pod.get("initContainers")).get(0)).get("image"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "commonAnnotations: {a: b}",
            "patchesStrategicMerge: [p.yaml]",
            "patches: [{target: {kind: Deployment, name: d}, patch: 'spec: {replicas: 2}'}]",
            "patches: [{target: {kind: Deployment, name: nobody}, patch: '[{op: replace, path: /spec, value: 1}]'}]",
            "patches: [{target: {kind: Deployment, name: d, group: apps}, patch: '[{op: replace, path: /spec, value: 1}]'}]",
            "patches: [{target: {kind: Deployment, name: d}, patch: '[{op: replace, path: /spec/nothing, value: 1}]'}]",
            "patches: [{target: {kind: Deployment, name: d}, patch: '[{op: move, from: /spec, path: /x}]'}]",
            "labels: [{pairs: {a: b}, includeSelectors: true}]",
            "images: [{name: app, digest: 'sha256:00'}]" })
    void theRendererRefusesWhatItDoesNotImplement(String field, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("deployment.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                + "spec: {replicas: 1}\n");
        Files.writeString(dir.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\n"
                + "kind: Kustomization\nresources: [deployment.yaml]\n" + field + "\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
    }

    // --- Against the application -------------------------------------------------------------------------------

    @Test
    void everyOverlayGivesTheApplicationWhatItReads() throws IOException {
        ApplicationContract app = ApplicationContract.parse(Files.readString(PROPERTIES));
        assertTrue(app.requiredVariables().containsAll(Set.of("DB_JDBC_URL", "DB_USERNAME", "DB_PASSWORD",
                "OIDC_AUTH_SERVER_URL", "FACE_CHECK_ISSUER")), "the parser finds the required variables: " + app);
        for (Rendered r : all()) {
            assertEquals(List.of(), environmentProblems(app, r.environment()), r.overlay());
        }
    }

    @Test
    void renamingAVariableInTheApplicationFailsTheCheck() throws IOException {
        String properties = Files.readString(PROPERTIES);
        assertTrue(properties.contains("${DB_JDBC_URL}"));
        ApplicationContract renamed = ApplicationContract.parse(properties.replace("${DB_JDBC_URL}", "${DB_URL}"));
        for (Rendered r : all()) {
            assertEquals(List.of("DB_URL is read by the application and not provided",
                    "DB_JDBC_URL is provided but read by nothing"), environmentProblems(renamed, r.environment()));
        }
        ApplicationContract withoutJwksUrl = ApplicationContract.parse(
                properties.replace("${FACE_CHECK_JWKS_URL:}", "${FACE_CHECK_KEYS_URL:}"));
        assertTrue(environmentProblems(withoutJwksUrl, render("prod").environment())
                .contains("FACE_CHECK_JWKS_URL is provided but read by nothing"));
    }

    /** What is wrong with an environment for this application: a required variable missing, one nobody reads. */
    static List<String> environmentProblems(ApplicationContract app, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        for (String required : app.requiredVariables()) {
            if (!env.containsKey(required)) {
                problems.add(required + " is read by the application and not provided");
            }
        }
        for (String provided : env.keySet()) {
            if (!app.reads(provided)) {
                problems.add(provided + " is provided but read by nothing");
            }
        }
        // Rules of the application's start, beyond the properties: the keys of the current version, and exactly
        // one source of face-check keys.
        if (app.reads("PII_CURRENT_KEY_VERSION")) {
            String version = env.getOrDefault("PII_CURRENT_KEY_VERSION", app.defaults().get("PII_CURRENT_KEY_VERSION"));
            List<String> keys = "1".equals(version) ? List.of("PII_HASH_KEY", "PII_ENCRYPTION_KEY")
                    : List.of("CIVIC_PII_KEYS__" + version + "__HASH_KEY", "CIVIC_PII_KEYS__" + version + "__ENCRYPTION_KEY");
            keys.stream().filter(k -> !env.containsKey(k))
                    .forEach(k -> problems.add(k + " (key version " + version + ") is not provided"));
        }
        if (app.reads("FACE_CHECK_JWKS") && app.reads("FACE_CHECK_JWKS_URL")
                && env.containsKey("FACE_CHECK_JWKS") == env.containsKey("FACE_CHECK_JWKS_URL")) {
            problems.add("exactly one of FACE_CHECK_JWKS and FACE_CHECK_JWKS_URL must be provided");
        }
        return problems;
    }

    @Test
    void portsAndProbesAreTheApplications() throws IOException {
        ApplicationContract app = ApplicationContract.parse(Files.readString(PROPERTIES));
        assertEquals("/q/health/live", app.livenessPath(), "the parser resolves the default health paths");
        for (Rendered r : all()) {
            V1Container api = r.api();
            assertEquals(1, api.getPorts().size());
            assertEquals(app.httpPort(), api.getPorts().get(0).getContainerPort(), r.overlay());
            String portName = api.getPorts().get(0).getName();
            Map<String, V1Probe> probes = Map.of(app.startupPath(), api.getStartupProbe(), app.readinessPath(),
                    api.getReadinessProbe(), app.livenessPath(), api.getLivenessProbe());
            probes.forEach((path, probe) -> {
                assertEquals(path, probe.getHttpGet().getPath(), r.overlay());
                assertEquals(portName, probe.getHttpGet().getPort().toString(), r.overlay());
            });
            V1Service service = r.only(V1Service.class);
            assertEquals(portName, service.getSpec().getPorts().get(0).getTargetPort().toString());
            V1Ingress ingress = r.only(V1Ingress.class);
            var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
            assertEquals(service.getMetadata().getName(), backend.getName());
            assertEquals(service.getSpec().getPorts().get(0).getName(), backend.getPort().getName());
        }
        // A port or a health path the application changes fails the check.
        ApplicationContract moved = ApplicationContract.parse(Files.readString(PROPERTIES)
                + "\nquarkus.http.port=9090\nquarkus.smallrye-health.root-path=/health\n");
        assertEquals(9090, moved.httpPort());
        assertEquals("/health/ready", moved.readinessPath());
    }

    @Test
    void theImageIsTheMavenArtifactWithAFixedTag() throws IOException {
        Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(artifact.find());
        for (Rendered r : all()) {
            String image = r.api().getImage();
            String name = Kustomize.imageName(image);
            assertEquals(artifact.group(1), name.substring(name.lastIndexOf('/') + 1), r.overlay() + ": " + image);
            String tag = image.substring(name.length());
            assertTrue(tag.matches(":[A-Za-z0-9][A-Za-z0-9._-]*") && !tag.equals(":latest"), r.overlay() + ": " + image);
        }
    }

    @Test
    void theSecretsAreExactlyThoseTheReadmeListsAndNoneIsCommitted() throws IOException {
        Set<String> documented = new TreeSet<>();
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n### Secrets");
        assertTrue(start > 0, "README.md has a Secrets section");
        int end = readme.indexOf("\n#", start + 5);
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| `([A-Za-z0-9_.-]+)` \\|")
                .matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (row.find()) {
            documented.add(row.group(1) + "/" + row.group(2));
        }
        for (Rendered r : all()) {
            Set<String> referenced = new TreeSet<>();
            r.trees().forEach(t -> secretReferences(null, t, referenced));
            assertEquals(documented, referenced, r.overlay() + ": the Secret keys referenced are those README.md lists");
            assertTrue(r.ofKind("Secret").isEmpty());
            V1ConfigMap config = r.only(V1ConfigMap.class);
            config.getData().keySet().forEach(k -> assertFalse(k.matches(".*(PASSWORD|USERNAME|_KEY)$"),
                    k + " belongs in a Secret"));
            for (V1EnvVar env : r.api().getEnv()) {
                assertFalse(env.getName().matches(".*(PASSWORD|USERNAME|_KEY)$") && env.getValue() != null,
                        env.getName() + " comes from a Secret");
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("k8s"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).matches("(?s).*kind:\\s*Secret\\b.*"), file + " holds a Secret");
            }
        }
    }

    /** Secret references anywhere in a tree, as secret/key (a TLS secret as its two keys). */
    private static void secretReferences(String field, Object node, Set<String> out) {
        if (node instanceof Map<?, ?> m) {
            if (field != null && Set.of("secretKeyRef", "usernameSecret", "passwordSecret", "accessKeyId", "secretAccessKey")
                    .contains(field)) {
                out.add(m.get("name") + "/" + m.get("key"));
                return;
            }
            m.forEach((k, v) -> {
                if (("secretName".equals(k) || "tlsSecret".equals(k)) && v instanceof String s) {
                    out.add(s + "/tls.crt");
                    out.add(s + "/tls.key");
                } else {
                    secretReferences((String) k, v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> secretReferences(field, item, out));
        }
    }

    // --- Operations --------------------------------------------------------------------------------------------

    @Test
    void thePodsRunLockedDownSpreadAndWithBoundedResources() throws IOException {
        ApplicationContract app = ApplicationContract.parse(Files.readString(PROPERTIES));
        for (Rendered r : all()) {
            V1Deployment deployment = r.only(V1Deployment.class);
            V1PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            var podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            deployment.getSpec().getSelector().getMatchLabels().forEach((k, v) -> assertEquals(v, podLabels.get(k)));
            assertTrue(pod.getSecurityContext().getRunAsNonRoot());
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
            assertFalse(pod.getAutomountServiceAccountToken());
            V1Container api = r.api();
            assertTrue(api.getSecurityContext().getReadOnlyRootFilesystem());
            assertFalse(api.getSecurityContext().getAllowPrivilegeEscalation());
            assertEquals(List.of("ALL"), api.getSecurityContext().getCapabilities().getDrop());
            for (String resource : List.of("cpu", "memory")) {
                assertTrue(api.getResources().getRequests().containsKey(resource), r.overlay() + " request " + resource);
                assertTrue(api.getResources().getLimits().containsKey(resource), r.overlay() + " limit " + resource);
            }
            Set<String> spreadOver = pod.getTopologySpreadConstraints().stream()
                    .peek(c -> assertEquals(deployment.getSpec().getSelector().getMatchLabels(),
                            c.getLabelSelector().getMatchLabels()))
                    .map(V1TopologySpreadConstraint::getTopologyKey).collect(Collectors.toSet());
            assertTrue(spreadOver.contains("kubernetes.io/hostname"), r.overlay());
            if (r.overlay().equals("prod")) {
                assertTrue(spreadOver.contains("topology.kubernetes.io/zone"));
            }
            // Graceful stop: the pause before SIGTERM plus the application's own shutdown fit in the grace period.
            long pause = api.getLifecycle().getPreStop().getSleep().getSeconds();
            long shutdown = app.shutdownTimeout() == null ? 0 : app.shutdownTimeout().toSeconds();
            assertTrue(pod.getTerminationGracePeriodSeconds() > pause + shutdown, r.overlay());
        }
    }

    @Test
    void autoscalingAndDisruptionBudgetKeepTheApiUp() {
        for (Rendered r : all()) {
            V1Deployment deployment = r.only(V1Deployment.class);
            V2HorizontalPodAutoscaler hpa = r.only(V2HorizontalPodAutoscaler.class);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
            assertTrue(hpa.getSpec().getMinReplicas() >= 2 && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
            V1PodDisruptionBudget pdb = r.only(V1PodDisruptionBudget.class);
            assertEquals(deployment.getSpec().getSelector().getMatchLabels(), pdb.getSpec().getSelector().getMatchLabels());
            // A budget as large as the smallest replica count would block every node drain.
            assertTrue(pdb.getSpec().getMinAvailable().getIntValue() < hpa.getSpec().getMinReplicas(), r.overlay());
            assertTrue(deployment.getSpec().getReplicas() >= hpa.getSpec().getMinReplicas(), r.overlay());
        }
    }

    @Test
    void theDatabaseAcceptsThePoolsOfTheMostReplicasTheAutoscalerStarts() throws IOException {
        ApplicationContract app = ApplicationContract.parse(Files.readString(PROPERTIES));
        for (Rendered r : all()) {
            int pool = Integer.parseInt(r.environment().getOrDefault("DB_POOL_MAX_SIZE", app.defaults().get("DB_POOL_MAX_SIZE")));
            int replicas = r.only(V2HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
            Map<String, Object> parameters = path(r.named("Cluster", databaseCluster(r)), "spec", "postgresql", "parameters");
            int maxConnections = Integer.parseInt((String) parameters.getOrDefault("max_connections", "100"));
            // A few connections stay for superusers, the operator and maintenance.
            assertTrue(replicas * pool <= maxConnections - 10,
                    r.overlay() + ": " + replicas + " replicas x " + pool + " connections > " + maxConnections + " - 10");
        }
    }

    @Test
    void theIngressIsTlsOnlyAndTheNetworkPolicyLetsThroughWhatTheApiNeeds() {
        for (Rendered r : all()) {
            V1Ingress ingress = r.only(V1Ingress.class);
            Set<String> tlsHosts = ingress.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream())
                    .collect(Collectors.toSet());
            ingress.getSpec().getRules().forEach(rule -> assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost()));
            // Only the API is public: health, metrics and the rest of /q stay inside the cluster.
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths()
                    .forEach(p -> assertEquals("/graphql", p.getPath(), r.overlay())));
            V1NetworkPolicy policy = r.only(V1NetworkPolicy.class);
            assertEquals(r.only(V1Deployment.class).getSpec().getSelector().getMatchLabels(),
                    policy.getSpec().getPodSelector().getMatchLabels());
            assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
            assertEquals(1, policy.getSpec().getIngress().size());
            assertEquals(r.api().getPorts().get(0).getContainerPort(),
                    policy.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntValue());
            assertEquals(Map.of("kubernetes.io/metadata.name", "ingress-nginx"), policy.getSpec().getIngress().get(0)
                    .getFrom().get(0).getNamespaceSelector().getMatchLabels());
            Map<String, Set<Integer>> egress = new LinkedHashMap<>();
            for (var rule : policy.getSpec().getEgress()) {
                String to = rule.getTo() == null || rule.getTo().isEmpty() ? "anywhere" : rule.getTo().stream().map(V1NetworkPolicyPeer::getPodSelector)
                        .map(s -> String.valueOf(s.getMatchLabels())).collect(Collectors.joining());
                egress.put(to, rule.getPorts().stream().map(p -> p.getPort().getIntValue()).collect(Collectors.toSet()));
            }
            assertEquals(Set.of(5432), egress.get("{cnpg.io/cluster=" + databaseCluster(r) + "}"), "" + egress);
            String keycloak = (String) Kustomize.metadata(r.ofKind("Keycloak").get(0)).get("name");
            assertEquals(Set.of(8443), egress.get("{app=keycloak, app.kubernetes.io/instance=" + keycloak + "}"), "" + egress);
            assertEquals(Set.of(53), egress.get("{k8s-app=kube-dns}"), "" + egress);
            assertEquals(Set.of(443), egress.get("anywhere"), "" + egress);
        }
    }

    // --- The database ------------------------------------------------------------------------------------------

    /** The name of the CloudNativePG cluster whose read-write service DB_JDBC_URL names. */
    private static String databaseCluster(Rendered r) {
        Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)")
                .matcher(r.environment().get("DB_JDBC_URL"));
        assertTrue(url.matches(), r.overlay() + ": DB_JDBC_URL names the -rw service of a cluster in the namespace");
        return url.group(1);
    }

    @Test
    void theApplicationsDatabaseIsAnArchivedBackedUpClusterWithTheExtensions() {
        for (Rendered r : all()) {
            String name = databaseCluster(r);
            Map<String, Object> cluster = r.named("Cluster", name);
            Map<String, Object> initdb = path(cluster, "spec", "bootstrap", "initdb");
            assertTrue(r.environment().get("DB_JDBC_URL").endsWith("/" + initdb.get("database")));
            // The application's database gets the extensions as superuser, so the first migration finds them.
            List<String> sql = strings(initdb.get("postInitApplicationSQL"));
            assertTrue(sql.contains("create extension if not exists cube")
                    && sql.contains("create extension if not exists earthdistance"), "" + sql);
            assertSecretKey(r, "DB_USERNAME", name + "-app", "username");
            assertSecretKey(r, "DB_PASSWORD", name + "-app", "password");
            // WAL archiving through the Barman Cloud plugin to an ObjectStore of the overlay.
            List<?> plugins = (List<?>) path(cluster, "spec").get("plugins");
            Map<String, Object> archiver = plugins.stream().map(Kustomize::cast)
                    .filter(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))).findFirst().orElseThrow();
            assertEquals("barman-cloud.cloudnative-pg.io", archiver.get("name"));
            Map<String, Object> store = r.named("ObjectStore",
                    (String) Kustomize.cast(archiver.get("parameters")).get("barmanObjectName"));
            assertTrue(((String) path(store, "spec").get("retentionPolicy")).matches("[1-9][0-9]*[dwm]"));
            Map<String, Object> backup = r.ofKind("ScheduledBackup").get(0);
            assertEquals(name, path(backup, "spec", "cluster").get("name"));
            assertEquals("plugin", path(backup, "spec").get("method"));
            assertEquals(archiver.get("name"), path(backup, "spec", "pluginConfiguration").get("name"));
            assertEquals(6, ((String) path(backup, "spec").get("schedule")).split(" ").length,
                    "CloudNativePG schedules have six fields, seconds first");
            if (r.overlay().equals("prod")) {
                for (Map<String, Object> c : r.ofKind("Cluster")) {
                    assertTrue((Integer) path(c, "spec").get("instances") >= 3, Kustomize.metadata(c).get("name") + "");
                    assertEquals("required", path(c, "spec", "affinity").get("podAntiAffinityType"));
                }
                assertEquals(1, path(cluster, "spec", "postgresql", "synchronous").get("number"));
            }
        }
    }

    private static void assertSecretKey(Rendered r, String variable, String secret, String key) {
        var ref = r.api().getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst().orElseThrow()
                .getValueFrom().getSecretKeyRef();
        assertEquals(secret + "/" + key, ref.getName() + "/" + ref.getKey(), r.overlay() + " " + variable);
    }

    // --- The identity provider ---------------------------------------------------------------------------------

    @Test
    void keycloakIssuesTheTokensTheApplicationAccepts() throws Exception {
        ApplicationContract app = ApplicationContract.parse(Files.readString(PROPERTIES));
        Set<String> appRoles = new TreeSet<>();
        for (Field f : Role.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                appRoles.add((String) f.get(null));
            }
        }
        assertEquals(Set.of("resident", "worker", "admin"), appRoles);
        for (Rendered r : all()) {
            Map<String, Object> keycloak = r.ofKind("Keycloak").get(0);
            Map<String, Object> realmImport = r.ofKind("KeycloakRealmImport").get(0);
            assertEquals(Kustomize.metadata(keycloak).get("name"), path(realmImport, "spec").get("keycloakCRName"));
            Map<String, Object> realm = path(realmImport, "spec", "realm");
            String hostname = (String) path(keycloak, "spec", "hostname").get("hostname");
            Map<String, String> env = r.environment();
            assertEquals(hostname + "/realms/" + realm.get("realm"), env.get("OIDC_AUTH_SERVER_URL"), r.overlay());
            assertTrue(hostname.startsWith("https://"));
            String dbHost = (String) path(keycloak, "spec", "db").get("host");
            assertTrue(dbHost.endsWith("-rw"));
            r.named("Cluster", dbHost.substring(0, dbHost.length() - 3));

            Set<String> realmRoles = ((List<?>) path(realm, "roles").get("realm")).stream()
                    .map(role -> (String) Kustomize.cast(role).get("name")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(appRoles, realmRoles, r.overlay());
            String clientId = env.getOrDefault("OIDC_CLIENT_ID", app.defaults().get("OIDC_CLIENT_ID"));
            List<Map<String, Object>> clients = ((List<?>) realm.get("clients")).stream().map(Kustomize::cast).toList();
            Map<String, Object> api = clients.stream().filter(c -> clientId.equals(c.get("clientId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no client " + clientId));
            assertEquals(false, api.get("publicClient"), "the API's client is confidential");
            List<Map<String, Object>> publicClients = clients.stream()
                    .filter(c -> Boolean.TRUE.equals(c.get("publicClient"))).toList();
            assertEquals(1, publicClients.size());
            Map<String, Object> mobile = publicClients.get(0);
            assertEquals(true, mobile.get("standardFlowEnabled"));
            assertEquals(false, mobile.get("implicitFlowEnabled"));
            assertEquals(false, mobile.get("directAccessGrantsEnabled"));
            assertEquals("S256", Kustomize.cast(mobile.get("attributes")).get("pkce.code.challenge.method"));
            List<String> redirects = strings(mobile.get("redirectUris"));
            assertFalse(redirects.isEmpty());
            redirects.forEach(uri -> assertFalse(uri.contains("*"), "no wildcard redirect: " + uri));
            Map<String, Map<String, Object>> mappers = ((List<?>) mobile.get("protocolMappers")).stream()
                    .map(Kustomize::cast).collect(Collectors.toMap(m -> (String) m.get("protocolMapper"),
                            m -> Kustomize.cast(m.get("config"))));
            assertEquals(clientId, mappers.get("oidc-audience-mapper").get("included.client.audience"));
            assertEquals("true", mappers.get("oidc-audience-mapper").get("access.token.claim"));
            Map<String, Object> roles = mappers.get("oidc-usermodel-realm-role-mapper");
            assertEquals(app.roleClaim(), roles.get("claim.name"));
            assertEquals("true", roles.get("multivalued"));
            assertEquals("true", roles.get("access.token.claim"));
        }
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private static Map<String, Object> tree(String yaml) {
        return Kustomize.cast(new org.yaml.snakeyaml.Yaml().load(yaml));
    }

    private static Map<String, Object> path(Map<String, Object> node, String... fields) {
        Map<String, Object> current = node;
        for (String f : fields) {
            current = Kustomize.cast(current.get(f));
            assertTrue(current != null, "no " + String.join(".", fields));
        }
        return current;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> labels(Map<String, Object> tree) {
        return Kustomize.cast(Kustomize.metadata(tree).get("labels"));
    }
}
