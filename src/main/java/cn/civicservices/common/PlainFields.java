package cn.civicservices.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

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
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
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
 */
@RegisterForReflection(targets = FieldDataFetcher.class)
public final class PlainFields {

    private PlainFields() {
    }

    /** The schema with a plain fetcher on every field that SmallRye would return untransformed. */
    static GraphQLSchema install(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder plain = GraphQLCodeRegistry.newCodeRegistry(registry);
        int replaced = 0;
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
                }
            }
        }
        if (replaced == 0) {
            throw new IllegalStateException("No plain field found: SmallRye's field fetcher changed shape");
        }
        return schema.transform(b -> b.codeRegistry(plain.build()));
    }

    /** A fetcher that calls the field's accessor, or null when SmallRye's own fetcher is needed. */
    static DataFetcher<Object> plainRead(FieldDataFetcher<?> smallrye) {
        io.smallrye.graphql.schema.model.Field field = read(smallrye, "field");
        Reference owner = read(smallrye, "owner");
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
    private static <T> T read(FieldDataFetcher<?> fetcher, String name) {
        try {
            Field field = FieldDataFetcher.class.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(fetcher);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye's field fetcher has no field " + name, e);
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
