package cn.civicservices.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import graphql.schema.SelectedField;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

/**
 * Plain reads of plain fields. SmallRye reads every field of every object through its own fetcher, which first
 * sets up a per-field context for the request (a copy of the request's context with the field's arguments, path
 * and its selection set turned into JSON, twice) and then checks whether the value needs transforming. For a
 * field that is read by an accessor and returned as it is (no list or other wrapper, no date or number format, no
 * adapter, no scalar whose Java type differs from the one its coercing expects), the value is the accessor's
 * result and nothing else: this fetcher calls the accessor and nothing more, and is given the parent object
 * without the field's environment, which graphql-java otherwise builds for every field. Fields that need SmallRye's
 * transformations keep SmallRye's fetcher; nothing here reads the per-field context.
 * <p>
 * Fields resolved in batches ({@code @Source List<...>}) are treated alike: SmallRye's fetcher builds the same
 * per-field context for every object of the list, although its batch loader builds the one it uses again, once per
 * batch, from the request the object's fetcher hands it. Here each object only hands the loader its transformed
 * arguments and the request, as SmallRye's fetcher does, and the loader does the rest as before. The loaders are
 * the API's ({@link Batched}): SmallRye made a loader for every batched field of the schema at the start of every
 * request, each with a new batch function found by reflection, whether or not the request used the field (5 % of
 * the CPU of a request for one area); its list of batched operations is emptied, so that it makes none. An object
 * that carries the value of such a field already ({@link Prefetched}) gives it without a batch and without the
 * field's environment, as a plain field does.
 * <p>
 * The fetchers that call the API's methods (operations, and the batch functions) and those of transformed fields
 * keep SmallRye's, which builds the per-field context; but they see the field's selection set as empty ({@link
 * WithoutSelection}). SmallRye turns the selection set into JSON twice for that context, eagerly, after graphql-java
 * has computed the normalized form of the whole operation for it (9 % of the CPU of a request for one area), and
 * nothing reads it: no method of this API takes SmallRye's {@code Context}. A method that did would find no
 * selected fields.
 */
@RegisterForReflection(targets = { FieldDataFetcher.class, BatchDataFetcher.class })
public final class PlainFields {

    private PlainFields() {
    }

    /**
     * The schema with a plain fetcher on every field that SmallRye would return untransformed, a lean one on every
     * field resolved in batches, and SmallRye's own, given the field without its selection set, on every other field
     * (operations and transformed fields).
     */
    static GraphQLSchema install(GraphQLSchema schema, Schema model) {
        DataFetcherFactory factory = new DataFetcherFactory();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder plain = GraphQLCodeRegistry.newCodeRegistry(registry);
        int replaced = 0;
        int batched = 0;
        int operations = 0;
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, definition);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, definition);
                if (fetcher instanceof FieldDataFetcher<?> smallrye) {
                    DataFetcher<Object> read = plainRead(smallrye);
                    if (read != null) {
                        plain.dataFetcher(coordinates, read);
                        replaced++;
                    } else {
                        plain.dataFetcher(coordinates, new TransformedRead(smallrye));
                    }
                } else if (fetcher instanceof BatchDataFetcher<?> smallrye) {
                    Operation operation = read(BatchDataFetcher.class, smallrye, "operation");
                    plain.dataFetcher(coordinates, new Batched(read(BatchDataFetcher.class, smallrye, "argumentHelper"),
                            read(BatchDataFetcher.class, smallrye, "batchLoaderName"),
                            factory.getSourceBatchLoader(operation, read(BatchDataFetcher.class, smallrye, "type"))));
                    batched++;
                } else if (fetcher instanceof AbstractDataFetcher<?, ?> smallrye) {
                    plain.dataFetcher(coordinates, (DataFetcher<Object>) environment -> smallrye
                            .get(new WithoutSelection(environment)));
                    operations++;
                }
            }
        }
        if (replaced == 0 || batched == 0 || operations == 0) {
            throw new IllegalStateException("No plain, batched or operation field found: SmallRye's fetchers changed "
                    + "shape");
        }
        int loaders = 0;
        for (Type type : model.getTypes().values()) {
            if (type.hasBatchOperations()) {
                loaders += type.getBatchOperations().size();
                type.setBatchOperations(new LinkedHashMap<>());
            }
        }
        if (loaders != batched) {
            throw new IllegalStateException("SmallRye's batched operations (" + loaders + ") are not the schema's batched"
                    + " fields (" + batched + ")");
        }
        return schema.transform(b -> b.codeRegistry(plain.build()));
    }

    /** A fetcher that calls the field's accessor, or null when SmallRye's own fetcher is needed. */
    static DataFetcher<Object> plainRead(FieldDataFetcher<?> smallrye) {
        io.smallrye.graphql.schema.model.Field field = read(FieldDataFetcher.class, smallrye, "field");
        Reference owner = read(FieldDataFetcher.class, smallrye, "owner");
        Reference reference = field.getReference();
        boolean transforms = field.hasWrapper() || field.hasTransformation() || field.isAdaptingTo()
                || field.isAdaptingWith() || reference.isAdaptingTo() || reference.isAdaptingWith()
                || reference.getType() == ReferenceType.SCALAR
                        && !reference.getClassName().equals(reference.getGraphQLClassName());
        if (transforms) {
            return null;
        }
        try {
            Class<?> declaring = Class.forName(owner.getClassName(), false,
                    Thread.currentThread().getContextClassLoader());
            MethodHandle accessor = field.getMethodName() == null
                    ? MethodHandles.publicLookup().unreflectGetter(declaring.getField(field.getPropertyName()))
                    : MethodHandles.publicLookup().unreflect(declaring.getMethod(field.getMethodName()));
            return new Accessor(accessor.asType(MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Class<?> fetcherClass, Object fetcher, String name) {
        try {
            Field field = fetcherClass.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(fetcher);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye's " + fetcherClass.getSimpleName() + " has no field " + name, e);
        }
    }

    /**
     * Hands one object of a batch to the request's loader of its field and arguments, with the arguments and the
     * request, as SmallRye's fetcher does. A request's loaders are made when their field is first resolved, one
     * for each set of arguments, so that an alias with other arguments is its own batch (SmallRye's one loader per
     * field called the field's method once for all of them, with the arguments of the first). They run the batch
     * function SmallRye made for the field at start, and are registered with the request for the engine to
     * dispatch level by level. They keep no cache: each object of a list is loaded once, and nothing is hashed.
     */
    static final class Batched implements LightDataFetcher<Object> {

        private static final DataLoaderOptions UNCACHED = DataLoaderOptions.newOptions().setCachingEnabled(false)
                .build();

        private final ArgumentHelper arguments;
        private final String loaderName;
        private final BatchLoaderWithContext<Object, Object> function;

        Batched(ArgumentHelper arguments, String loaderName, BatchLoaderWithContext<Object, Object> function) {
            this.arguments = arguments;
            this.loaderName = loaderName;
            this.function = function;
        }

        /** The value the parent object carries already ({@link Prefetched}), else its batch's. */
        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            if (source instanceof Prefetched prefetched && definition.getArguments().isEmpty()) {
                Object value = prefetched.prefetched(definition.getName());
                if (value != null) {
                    return value;
                }
            }
            return get(environment.get());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            List<Object> values = arguments.getArguments(environment, true);
            Map<String, Object> context = new HashMap<>(4);
            context.put(BatchLoaderHelper.ARGUMENTS, values);
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, new WithoutSelection(environment));
            return loaderOf(environment, values).load(environment.getSource(), context);
        }

        private DataLoader<Object, Object> loaderOf(DataFetchingEnvironment environment, List<Object> values) {
            Map<List<Object>, DataLoader<Object, Object>> loaders = environment.getGraphQlContext()
                    .computeIfAbsent(this, field -> new ConcurrentHashMap<>());
            DataLoader<Object, Object> loader = loaders.get(values);
            if (loader == null) {
                // The registry keeps a named copy of the loader it is given: that copy is the one it dispatches.
                String name = loaderName + "#" + loaders.size();
                DataLoaderRegistry registry = environment.getDataLoaderRegistry();
                registry.register(name, DataLoaderFactory.newDataLoader(function, UNCACHED));
                loader = registry.getDataLoader(name);
                loaders.put(values, loader);
            }
            return loader;
        }
    }

    /**
     * Reads one property of the parent object. graphql-java hands a light fetcher the parent object alone, without
     * building the field's environment (its arguments, path, directives and selection set), which a read of a
     * property does not need.
     */
    private record Accessor(MethodHandle handle) implements LightDataFetcher<Object> {
        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            return read(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource());
        }

        private Object read(Object source) throws Exception {
            try {
                return handle.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** SmallRye's fetcher of a field whose value it transforms, given the field without its selection set. */
    private record TransformedRead(FieldDataFetcher<?> smallrye) implements DataFetcher<Object>,
            TrivialDataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return smallrye.get(new WithoutSelection(environment));
        }
    }

    /** graphql-java's environment of a field, except that the field's selection set is empty (see the class comment). */
    static final class WithoutSelection extends DelegatingDataFetchingEnvironment {

        private static final DataFetchingFieldSelectionSet NONE = new DataFetchingFieldSelectionSet() {
            @Override
            public boolean contains(String fieldGlobPattern) {
                return false;
            }

            @Override
            public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
                return false;
            }

            @Override
            public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
                return false;
            }

            @Override
            public List<SelectedField> getFields() {
                return List.of();
            }

            @Override
            public List<SelectedField> getImmediateFields() {
                return List.of();
            }

            @Override
            public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
                return List.of();
            }

            @Override
            public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
                return Map.of();
            }

            @Override
            public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                    String... fieldGlobPatterns) {
                return Map.of();
            }
        };

        WithoutSelection(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NONE;
        }
    }
}
