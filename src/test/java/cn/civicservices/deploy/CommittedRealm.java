package cn.civicservices.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bureau's realm exactly as an overlay of {@code k8s/} has the Keycloak operator import it. */
public final class CommittedRealm {

    private CommittedRealm() {
    }

    /**
     * {@code spec.realm} of the one {@code KeycloakRealmImport} of the rendered overlay (a realm representation,
     * as Keycloak reads it), as a tree of maps and lists the caller may change.
     */
    public static Map<String, Object> of(String overlay) {
        List<Map<String, Object>> imports = Kustomize.render(Path.of("k8s", "overlays", overlay)).stream()
                .filter(o -> "KeycloakRealmImport".equals(o.get("kind"))).toList();
        if (imports.size() != 1) {
            throw new IllegalStateException("overlay " + overlay + " has " + imports.size() + " KeycloakRealmImport");
        }
        Map<String, Object> spec = Kustomize.cast(imports.get(0).get("spec"));
        return copy(Kustomize.cast(spec.get("realm")));
    }

    /** A deep copy of a tree of maps and lists. */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return (T) copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return tree;
    }
}
