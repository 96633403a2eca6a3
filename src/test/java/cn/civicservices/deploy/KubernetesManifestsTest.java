package cn.civicservices.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.util.Yaml;

/**
 * The manifests of k8s/ parse strictly against the Kubernetes API models (an unknown field or a wrong type
 * fails), and hang together: selectors match, probes hit the health endpoints, secrets stay out of them.
 */
class KubernetesManifestsTest {

    private static final List<Object> OBJECTS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("k8s"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            OBJECTS.addAll(Yaml.loadAll(file.toFile()));
        }
    }

    private static <T> T only(Class<T> type) {
        List<T> found = OBJECTS.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName());
        return found.get(0);
    }

    @Test
    void unknownFieldsAndWrongTypesAreRejected() {
        assertThrows(Exception.class, () -> Yaml.load("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n"
                + "spec:\n  selectr:\n    app: x\n"));
        assertThrows(Exception.class, () -> Yaml.load("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: x\nspec:\n  replicas: many\n"));
    }

    @Test
    void theServiceAndTheDisruptionBudgetSelectTheDeploymentsPods() {
        V1Deployment deployment = only(V1Deployment.class);
        var podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        deployment.getSpec().getSelector().getMatchLabels()
                .forEach((k, v) -> assertEquals(v, podLabels.get(k), "deployment selector " + k));
        only(V1Service.class).getSpec().getSelector()
                .forEach((k, v) -> assertEquals(v, podLabels.get(k), "service selector " + k));
    }

    @Test
    void probesUseTheHealthEndpointsOnTheDeclaredPort() {
        V1Container api = only(V1Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> ports = api.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
        for (V1Probe probe : List.of(api.getStartupProbe(), api.getReadinessProbe(), api.getLivenessProbe())) {
            assertNotNull(probe);
            assertTrue(probe.getHttpGet().getPath().startsWith("/q/health/"));
            assertTrue(ports.contains(probe.getHttpGet().getPort().toString()));
        }
        assertNotNull(api.getResources().getLimits().get("memory"), "a memory limit");
        assertTrue(api.getSecurityContext().getReadOnlyRootFilesystem());
    }

    @Test
    void everySettingTheApplicationNeedsIsProvidedAndSecretsComeFromASecret() {
        V1Container api = only(V1Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> provided = new java.util.HashSet<>(only(V1ConfigMap.class).getData().keySet());
        for (V1EnvVar env : api.getEnv()) {
            provided.add(env.getName());
            if (env.getName().matches(".*(PASSWORD|KEY|USERNAME).*")) {
                assertTrue(env.getValue() == null && env.getValueFrom().getSecretKeyRef() != null,
                        env.getName() + " comes from a Secret");
            }
        }
        for (String required : List.of("DB_JDBC_URL", "DB_USERNAME", "DB_PASSWORD", "OIDC_AUTH_SERVER_URL",
                "PII_HASH_KEY", "PII_ENCRYPTION_KEY", "FACE_CHECK_ISSUER", "FACE_CHECK_JWKS")) {
            assertTrue(provided.contains(required), required + " is provided");
        }
        only(V1ConfigMap.class).getData().keySet().forEach(k -> assertFalse(k.matches(".*(PASSWORD|_KEY$).*"),
                k + " must not be in a ConfigMap"));
    }
}
