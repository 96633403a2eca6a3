package cn.civicservices.common;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.eclipse.microprofile.graphql.Name;
import org.hibernate.validator.engine.HibernateConstraintViolation;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.TypeFromAST;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Messages for people about input that breaks a constraint or does not fit the schema: they name the GraphQL
 * field at fault (argument path, or variable path for variables), say what is expected, in the caller's
 * language, and echo nothing longer than {@value #ECHO} characters.
 */
final class InputErrors {

    /** Longest part of a client's input that a message may repeat. */
    static final int ECHO = 40;

    private static final int MAX_MESSAGE = 300;
    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']{1,200})'");
    private static final Pattern EXPECTED_TYPE = Pattern.compile("is not a valid '([_A-Za-z][_0-9A-Za-z]*)'");
    private static final Pattern MISSING = Pattern.compile("is missing required fields '\\[([_0-9A-Za-z, ]{1,200})\\]'");
    private static final Pattern NOT_A_FIELD = Pattern.compile("contains a field not in '[_0-9A-Za-z]+': '([^']{1,200})'");
    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (ECHO + 1) + ",})'|\"([^\"]{" + (ECHO + 1) + ",})\"");
    private static final Pattern LONG_TOKEN = Pattern.compile("[^\\s'\"]{" + (ECHO + 1) + ",}");
    private static final List<String> NOT_FOR_PEOPLE = List.of("java.", "javax.", "jakarta.", "graphql.",
            "io.smallrye", "cn.civicservices", "Exception", "SRGQL", "Unknown Scalar", "Value{");

    private InputErrors() {
    }

    /** A value as a message may show it: at most {@value #ECHO} characters. */
    static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO ? text : text.substring(0, ECHO) + "…";
    }

    // --- Bean Validation

    /** One message for all violations of an operation's arguments, each prefixed with its GraphQL field path. */
    static String of(ConstraintViolationException e, Method operation) {
        Msg msg = Messages.msg();
        return e.getConstraintViolations().stream()
                .map(v -> msg.errorInput(fieldPath(v, operation), text(v, msg)))
                .distinct().sorted().collect(Collectors.joining(msg.errorInputSeparator()));
    }

    /** The GraphQL path of a violation: argument names from {@code @Name}, then input field names. */
    static String fieldPath(ConstraintViolation<?> violation, Method operation) {
        List<String> names = new ArrayList<>();
        Class<?> type = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                Parameter parameter = operation != null && index < operation.getParameterCount()
                        ? operation.getParameters()[index] : null;
                names.add(parameter != null && parameter.isAnnotationPresent(Name.class)
                        ? parameter.getAnnotation(Name.class).value() : node.getName());
                type = parameter == null ? null : parameter.getType();
            } else if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                    && node.getName() != null) {
                Field field = type == null ? null : field(type, node.getName());
                String name = field != null && field.isAnnotationPresent(Name.class)
                        ? field.getAnnotation(Name.class).value() : node.getName();
                names.add(node.getIndex() == null ? name : name + "[" + node.getIndex() + "]");
                type = field == null ? null : field.getType();
            }
        }
        return String.join(".", names);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /**
     * What is wrong, for people. A constraint of this API names its message ({@link ConstraintMessages}), or its
     * validator gives it in the violation's dynamic payload; a standard constraint with its default message is
     * described from its attributes.
     */
    static String text(ConstraintViolation<?> violation, Msg msg) {
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{")) {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            ConstraintMessages.Text given = hibernate.getDynamicPayload(ConstraintMessages.Text.class);
            return given != null ? given.in(msg) : ConstraintMessages.text(template, msg);
        }
        Map<String, Object> a = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "Size" -> msg.validationSize((Integer) a.get("min"), (Integer) a.get("max"));
            case "Min" -> msg.validationMin((Long) a.get("value"));
            case "Max" -> msg.validationMax((Long) a.get("value"));
            case "DecimalMin" -> msg.validationDecimalMin((String) a.get("value"));
            case "DecimalMax" -> msg.validationDecimalMax((String) a.get("value"));
            case "Digits" -> msg.validationDigits((Integer) a.get("integer"), (Integer) a.get("fraction"));
            case "NotNull" -> msg.validationNotNull();
            case "NotBlank" -> msg.validationNotBlank();
            case "Pattern" -> msg.validationPattern();
            case "Past" -> msg.validationPast();
            case "PastOrPresent" -> msg.validationPastOrPresent();
            default -> msg.validationInvalid();
        };
    }

    // --- documents and variables that do not fit the schema

    /**
     * A message for an error of graphql-java's validation or variable coercion (or SmallRye's argument binding):
     * names the variable or argument at fault and what its type expects; other validation messages are kept,
     * shortened, unless they carry implementation names.
     */
    static String ofDocumentError(GraphQLError error, GraphQLSchema schema, ExecutionInput input) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        Msg msg = Messages.msg();
        if (isVariableError(error, message) && schema != null && input != null) {
            Optional<String> variable = firstBadVariable(schema, input, msg);
            if (variable.isPresent()) {
                return variable.get();
            }
        }
        Matcher argument = ARGUMENT.matcher(message);
        if (argument.find()) {
            String where = argument.group(1);
            Matcher missing = MISSING.matcher(message);
            if (missing.find()) {
                return msg.errorInput(where + "." + missing.group(1).split(",")[0].trim(), msg.inputRequired());
            }
            Matcher notAField = NOT_A_FIELD.matcher(message);
            if (notAField.find()) {
                return msg.errorInput(where + "." + shorten(notAField.group(1)), msg.inputUnknownField());
            }
            Matcher type = EXPECTED_TYPE.matcher(message);
            GraphQLType expected = type.find() && schema != null ? schema.getType(type.group(1)) : null;
            return msg.errorInput(where, expected == null ? msg.validationInvalid() : expectation(expected, msg));
        }
        return forPeople(message);
    }

    /** A message kept as graphql-java wrote it, with long quoted input shortened and implementation names hidden. */
    static String forPeople(String message) {
        if (message == null || NOT_FOR_PEOPLE.stream().anyMatch(message::contains)) {
            return Messages.msg().errorInputDocument();
        }
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String text = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            String quote = quoted.group(1) != null ? "'" : "\"";
            quoted.appendReplacement(out, Matcher.quoteReplacement(quote + shorten(text) + quote));
        }
        quoted.appendTail(out);
        Matcher token = LONG_TOKEN.matcher(out.toString());
        out = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(out, Matcher.quoteReplacement(shorten(token.group())));
        }
        token.appendTail(out);
        return out.length() <= MAX_MESSAGE ? out.toString() : out.substring(0, MAX_MESSAGE) + "…";
    }

    private static boolean isVariableError(GraphQLError error, String message) {
        return error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException
                || error instanceof InputMapDefinesTooManyFieldsException
                || message.startsWith("Variable '") || message.contains(" of variable '")
                || message.startsWith("The variables input");
    }

    /** Walks the variables of the request against their declared types; describes the first that does not fit. */
    private static Optional<String> firstBadVariable(GraphQLSchema schema, ExecutionInput input, Msg msg) {
        Document document;
        try {
            document = Parser.parse(input.getQuery());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Map<String, Object> variables = input.getVariables();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (input.getOperationName() != null && !input.getOperationName().equals(operation.getName())) {
                continue;
            }
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (!variables.containsKey(definition.getName()) && definition.getDefaultValue() != null) {
                    continue;
                }
                GraphQLType type = TypeFromAST.getTypeFromAST(schema, definition.getType());
                Optional<String> problem = type == null ? Optional.empty()
                        : problem(type, variables.get(definition.getName()), "$" + definition.getName(), msg);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(GraphQLType type, Object value, String path, Msg msg) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? Optional.of(msg.errorInput(path, msg.inputRequired()))
                    : problem(nonNull.getWrappedType(), value, path, msg);
        }
        if (value == null) {
            return Optional.empty();
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return problem(list.getWrappedType(), value, path, msg);
            }
            for (int i = 0; i < items.size(); i++) {
                Optional<String> problem = problem(list.getWrappedType(), items.get(i), path + "[" + i + "]", msg);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return Optional.of(msg.errorInput(path, expectation(type, msg)));
            }
            for (Object name : fields.keySet()) {
                if (object.getField(String.valueOf(name)) == null) {
                    return Optional.of(msg.errorInput(path + "." + shorten(name), msg.inputUnknownField()));
                }
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (!fields.containsKey(field.getName()) && field.hasSetDefaultValue()) {
                    continue;
                }
                Optional<String> problem = problem(field.getType(), fields.get(field.getName()),
                        path + "." + field.getName(), msg);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLEnumType enumType) {
            return value instanceof String name && enumType.getValue(name) != null ? Optional.empty()
                    : Optional.of(msg.errorInput(path, expectation(type, msg)));
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), RequestLocale.current());
                return Optional.empty();
            } catch (CoercingParseValueException | IllegalArgumentException | ArithmeticException e) {
                return Optional.of(msg.errorInput(path, expectation(type, msg)));
            }
        }
        return Optional.empty();
    }

    /** What a value of a type must be, in words. */
    static String expectation(GraphQLType type, Msg msg) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLEnumType enumType) {
            return msg.inputExpectEnum(enumType.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")));
        }
        if (named instanceof GraphQLInputObjectType object) {
            return msg.inputExpectObject(object.getName());
        }
        String name = ((graphql.schema.GraphQLNamedType) named).getName();
        return switch (name) {
            case "Int" -> msg.inputExpectInt();
            case "Float" -> msg.inputExpectFloat();
            case "BigDecimal" -> msg.inputExpectBigDecimal();
            case "Date" -> msg.inputExpectDate();
            case "String" -> msg.inputExpectString();
            case "ID" -> msg.inputExpectId();
            case "Boolean" -> msg.inputExpectBoolean();
            default -> msg.inputExpectOther(name);
        };
    }
}
