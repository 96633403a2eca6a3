package cn.civicservices.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for exactly the subset the project uses:
 * {@code resources} (files and directories holding a kustomization), {@code namespace}, {@code images}
 * ({@code name}, {@code newName}, {@code newTag}), {@code labels} ({@code pairs}, {@code includeTemplates}) and
 * {@code patches} holding RFC 6902 JSON patches ({@code add}, {@code remove}, {@code replace}) inline or in a
 * file, aimed by a {@code kind}/{@code name} target. Any other field fails the rendering, so that nobody relies
 * on a feature this renderer would silently ignore.
 *
 * <p>Order as in kustomize: the resources (each sub-kustomization fully rendered first), then the patches, then
 * the namespace, the labels and the images. Stricter than kustomize on one point: a patch whose target matches
 * nothing fails (kustomize skips it), since here that is always a misspelt name.
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images",
            "labels", "patches");

    private Kustomize() {
    }

    /** The rendered objects of the kustomization in {@code dir}, each a generic YAML tree. */
    static List<Map<String, Object>> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> k = map(loadOne(file), file.toString());
        for (String field : k.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(file + ": unsupported kustomization field '" + field + "'");
            }
        }
        require("kustomize.config.k8s.io/v1beta1".equals(k.get("apiVersion")), file + ": apiVersion");
        require("Kustomization".equals(k.get("kind")), file + ": kind");

        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object entry : list(k.getOrDefault("resources", List.of()), file + ": resources")) {
            Path resource = dir.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                objects.addAll(render(resource));
            } else {
                for (Object doc : loadAll(resource)) {
                    objects.add(map(doc, resource.toString()));
                }
            }
        }
        for (Object patch : list(k.getOrDefault("patches", List.of()), file + ": patches")) {
            applyPatch(dir, map(patch, file + ": patch"), objects);
        }
        if (k.containsKey("namespace")) {
            String namespace = (String) k.get("namespace");
            objects.forEach(o -> metadata(o).put("namespace", namespace));
        }
        for (Object entry : list(k.getOrDefault("labels", List.of()), file + ": labels")) {
            applyLabels(map(entry, file + ": labels"), objects, file);
        }
        for (Object entry : list(k.getOrDefault("images", List.of()), file + ": images")) {
            applyImage(map(entry, file + ": images"), objects, file);
        }
        return objects;
    }

    private static void applyPatch(Path dir, Map<String, Object> patch, List<Map<String, Object>> objects) {
        onlyKeys(patch, Set.of("target", "patch", "path"), "patch");
        Map<String, Object> target = map(patch.get("target"), "patch target");
        onlyKeys(target, Set.of("kind", "name"), "patch target");
        require(patch.containsKey("patch") != patch.containsKey("path"), "a patch has either patch or path");
        Object ops = patch.containsKey("patch") ? new Yaml(new SafeConstructor(new LoaderOptions()))
                .load((String) patch.get("patch")) : loadOne(dir.resolve((String) patch.get("path")));
        require(ops instanceof List, "only RFC 6902 JSON patches (a list of operations) are supported: " + target);
        List<Map<String, Object>> matched = objects.stream()
                .filter(o -> target.get("kind").equals(o.get("kind")) && target.get("name").equals(metadata(o).get("name")))
                .toList();
        require(!matched.isEmpty(), "patch target matches nothing: " + target);
        for (Map<String, Object> object : matched) {
            for (Object op : (List<?>) ops) {
                JsonPatch.apply(object, map(op, "patch operation"));
            }
        }
    }

    private static void applyLabels(Map<String, Object> entry, List<Map<String, Object>> objects, Path file) {
        onlyKeys(entry, Set.of("pairs", "includeTemplates"), file + ": labels");
        Map<String, Object> pairs = map(entry.get("pairs"), file + ": labels.pairs");
        boolean templates = Boolean.TRUE.equals(entry.get("includeTemplates"));
        for (Map<String, Object> object : objects) {
            labelsOf(metadata(object)).putAll(pairs);
            if (templates && object.get("spec") instanceof Map<?, ?> spec
                    && spec.get("template") instanceof Map<?, ?> template) {
                labelsOf(metadata(cast(template))).putAll(pairs);
            }
        }
    }

    private static void applyImage(Map<String, Object> entry, List<Map<String, Object>> objects, Path file) {
        onlyKeys(entry, Set.of("name", "newName", "newTag"), file + ": images");
        String name = (String) entry.get("name");
        for (Map<String, Object> object : objects) {
            replaceImages(object, name, entry);
        }
    }

    /** Every {@code image} of an item of a {@code containers} or {@code initContainers} list, anywhere. */
    private static void replaceImages(Object node, String name, Map<String, Object> entry) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (("containers".equals(e.getKey()) || "initContainers".equals(e.getKey()))
                        && e.getValue() instanceof List<?> containers) {
                    for (Object c : containers) {
                        Map<String, Object> container = cast(c);
                        String image = (String) container.get("image");
                        if (image != null && imageName(image).equals(name)) {
                            String newName = (String) entry.getOrDefault("newName", name);
                            String tag = entry.containsKey("newTag") ? ":" + entry.get("newTag") : imageTag(image);
                            container.put("image", newName + tag);
                        }
                    }
                } else {
                    replaceImages(e.getValue(), name, entry);
                }
            }
        } else if (node instanceof List<?> l) {
            l.forEach(item -> replaceImages(item, name, entry));
        }
    }

    static String imageName(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at < 0 ? image : image.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static String imageTag(String image) {
        return image.substring(imageName(image).length());
    }

    private static Map<String, Object> labelsOf(Map<String, Object> metadata) {
        return cast(metadata.computeIfAbsent("labels", x -> new LinkedHashMap<String, Object>()));
    }

    static Map<String, Object> metadata(Map<String, Object> object) {
        return cast(object.computeIfAbsent("metadata", x -> new LinkedHashMap<String, Object>()));
    }

    private static Object loadOne(Path file) {
        List<Object> docs = loadAll(file);
        require(docs.size() == 1, file + ": one document expected");
        return docs.get(0);
    }

    static List<Object> loadAll(Path file) {
        try {
            List<Object> docs = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))
                    .forEach(d -> {
                        if (d != null) {
                            docs.add(d);
                        }
                    });
            return docs;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file, e);
        }
    }

    private static void onlyKeys(Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            require(allowed.contains(key), where + ": unsupported field '" + key + "'");
        }
    }

    private static Map<String, Object> map(Object o, String where) {
        require(o instanceof Map, where + ": a mapping expected");
        return cast(o);
    }

    private static List<?> list(Object o, String where) {
        require(o instanceof List, where + ": a list expected");
        return (List<?>) o;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** RFC 6902 add, remove and replace on generic YAML trees; other operations fail. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        @SuppressWarnings("unchecked")
        static void apply(Map<String, Object> document, Map<String, Object> op) {
            String kind = (String) op.get("op");
            String path = (String) op.get("path");
            require(path != null && path.startsWith("/"), "a JSON pointer expected: " + path);
            require(Set.of("add", "remove", "replace").contains(kind), "unsupported patch operation " + kind);
            require(op.keySet().equals(kind.equals("remove") ? Set.of("op", "path") : Set.of("op", "path", "value")),
                    "patch operation fields: " + op.keySet());
            List<String> tokens = new ArrayList<>();
            for (String t : path.substring(1).split("/", -1)) {
                tokens.add(t.replace("~1", "/").replace("~0", "~"));
            }
            Object parent = document;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = child(parent, token, path);
            }
            String last = tokens.get(tokens.size() - 1);
            Object value = op.get("value");
            if (parent instanceof Map<?, ?> m) {
                Map<String, Object> map = (Map<String, Object>) m;
                require(kind.equals("add") || map.containsKey(last), "no " + path + " to " + kind);
                if (kind.equals("remove")) {
                    map.remove(last);
                } else {
                    map.put(last, value);
                }
            } else if (parent instanceof List<?> l) {
                List<Object> list = (List<Object>) l;
                if (kind.equals("add") && last.equals("-")) {
                    list.add(value);
                    return;
                }
                int index = index(last, path);
                require(index < list.size() + (kind.equals("add") ? 1 : 0), "index out of range: " + path);
                switch (kind) {
                    case "add" -> list.add(index, value);
                    case "remove" -> list.remove(index);
                    default -> list.set(index, value);
                }
            } else {
                throw new IllegalArgumentException("cannot " + kind + " " + path + ": its parent is a scalar");
            }
        }

        private static Object child(Object node, String token, String path) {
            Object next = null;
            if (node instanceof Map<?, ?> m) {
                next = m.get(token);
            } else if (node instanceof List<?> l) {
                int index = index(token, path);
                next = index < l.size() ? l.get(index) : null;
            }
            require(next != null, "no " + path);
            return next;
        }

        private static int index(String token, String path) {
            require(token.matches("0|[1-9][0-9]*"), "not an array index in " + path);
            return Integer.parseInt(token);
        }
    }
}
