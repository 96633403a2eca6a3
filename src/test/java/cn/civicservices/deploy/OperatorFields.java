package cn.civicservices.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict check of operator resources (CloudNativePG, Barman Cloud plugin, Keycloak operator) against the project's
 * own field specification, {@code src/test/resources/deploy/operator-fields.yaml}: an unknown field, a wrong type
 * or a value outside an enumeration is a problem. Built-in kinds are checked by client-java's models instead.
 */
final class OperatorFields {

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> METADATA = Set.of("name", "namespace", "labels", "annotations");

    private final Map<String, Object> spec;

    private OperatorFields(Map<String, Object> spec) {
        this.spec = spec;
    }

    static OperatorFields load() {
        return new OperatorFields(Kustomize.cast(
                Kustomize.loadAll(Path.of("src/test/resources/deploy/operator-fields.yaml")).get(0)));
    }

    boolean specifies(Map<String, Object> object) {
        return spec.containsKey(object.get("apiVersion") + " " + object.get("kind"));
    }

    /** The problems of one object, each naming the path of the field; empty when it conforms. */
    List<String> problems(Map<String, Object> object) {
        List<String> problems = new ArrayList<>();
        String type = object.get("apiVersion") + " " + object.get("kind");
        if (!spec.containsKey(type)) {
            problems.add(type + ": not specified");
            return problems;
        }
        String where = type + " " + Kustomize.metadata(object).get("name");
        object.keySet().stream().filter(k -> !TOP.contains(k)).forEach(k -> problems.add(where + ": unknown field " + k));
        Map<String, Object> metadata = Kustomize.metadata(object);
        for (Map.Entry<String, Object> e : metadata.entrySet()) {
            if (!METADATA.contains(e.getKey())) {
                problems.add(where + ": unknown field metadata." + e.getKey());
            } else if (e.getKey().equals("labels") || e.getKey().equals("annotations")) {
                check("map", e.getValue(), where + " metadata." + e.getKey(), problems);
            } else {
                check("string", e.getValue(), where + " metadata." + e.getKey(), problems);
            }
        }
        if (!(metadata.get("name") instanceof String)) {
            problems.add(where + ": metadata.name is required");
        }
        if (!(object.get("spec") instanceof Map)) {
            problems.add(where + ": spec is required");
        } else {
            check(spec.get(type), object.get("spec"), where + " spec", problems);
        }
        return problems;
    }

    private static void check(Object type, Object value, String path, List<String> problems) {
        if (type instanceof Map<?, ?> fields) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(path + ": an object expected, found " + value);
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!fields.containsKey(e.getKey())) {
                    problems.add(path + ": unknown field " + e.getKey());
                } else {
                    check(fields.get(e.getKey()), e.getValue(), path + "." + e.getKey(), problems);
                }
            }
        } else if (type instanceof List<?> itemType) {
            if (!(value instanceof List<?> items)) {
                problems.add(path + ": a list expected, found " + value);
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                check(itemType.get(0), items.get(i), path + "[" + i + "]", problems);
            }
        } else {
            String leaf = (String) type;
            boolean ok = switch (leaf) {
                case "string" -> value instanceof String;
                case "int" -> value instanceof Integer || value instanceof Long;
                case "bool" -> value instanceof Boolean;
                case "quantity" -> value instanceof Integer
                        || value instanceof String s && s.matches("[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?");
                case "map" -> value instanceof Map<?, ?> m
                        && m.keySet().stream().allMatch(String.class::isInstance)
                        && m.values().stream().allMatch(String.class::isInstance);
                default -> {
                    Kustomize.require(leaf.startsWith("enum(") && leaf.endsWith(")"), "unknown type " + leaf);
                    yield value instanceof String s
                            && List.of(leaf.substring(5, leaf.length() - 1).split("\\|")).contains(s);
                }
            };
            if (!ok) {
                problems.add(path + ": " + leaf + " expected, found " + value);
            }
        }
    }
}
