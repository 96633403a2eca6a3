package cn.civicservices.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import org.dataloader.DataLoader;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;

/**
 * Plain reads of plain fields. SmallRye reads every field of every object through its own fetcher, which first
 * sets up a per-field context for the request (a copy of the request's context with the field's arguments, path
 * and its selection set turned into JSON, twice) and then checks whether the value needs transforming. For a
 * field that is read by an accessor and returned as it is (no list or other wrapper, no date or number format, no
 * adapter, no scalar whose Java type differs from the one its coercing expects), the value is the accessor's
 * result and nothing else: this fetcher calls the accessor and nothing more. Fields that need SmallRye's
 * transformations keep SmallRye's fetcher; nothing here reads the per-field context.
 * <p>
 * Fields resolved in batches ({@code @Source List<...>}) are treated alike: SmallRye's fetcher builds the same
 * per-field context for every object of the list, although its batch loader builds the one it uses again, once per
 * batch, from the request the object's fetcher hands it. Here each object only hands the loader its transformed
 * arguments and the request, as SmallRye's fetcher does, and the loader does the rest as before.
 */
@RegisterForReflection(targets = { FieldDataFetcher.class, BatchDataFetcher.class })
public final class PlainFields {

    private PlainFields() {
    }

    /**
     * The schema with a plain fetcher on every field that SmallRye would return untransformed, and a lean one on every
     * field resolved in batches.
     */
    static GraphQLSchema install(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder plain = GraphQLCodeRegistry.newCodeRegistry(registry);
        int replaced = 0;
        int batched = 0;
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
                    }
                } else if (fetcher instanceof BatchDataFetcher<?> smallrye) {
                    plain.dataFetcher(coordinates, new Batched(read(BatchDataFetcher.class, smallrye, "argumentHelper"),
                            read(BatchDataFetcher.class, smallrye, "batchLoaderName")));
                    batched++;
                }
            }
        }
        if (replaced == 0 || batched == 0) {
            throw new IllegalStateException("No plain or batched field found: SmallRye's fetchers changed shape");
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

    /** Hands one object of a batch to its loader, with the field's arguments and the request. */
    private record Batched(ArgumentHelper arguments, String loaderName) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Map<String, Object> context = new HashMap<>(4);
            context.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            return loader.load(environment.getSource(), context);
        }
    }

    /** Reads one property of the parent object. */
    private record Accessor(MethodHandle handle) implements DataFetcher<Object>, TrivialDataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            try {
                return handle.invokeExact((Object) environment.getSource());
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
