package cn.civicservices.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Input coercion of the number and date scalars as the GraphQL specification has it, instead of SmallRye's lenient
 * one: an Int is a whole number within 32 bits (never a string, never 15.5, never 3000000000), a Float is finite
 * (1e400 does not become Infinity), a BigDecimal has at most {@value #MAX_DIGITS} digits and an exponent within
 * ±{@value #MAX_SCALE} (1E+1000000000 is refused before anything expands it), and a Date is a real
 * {@code YYYY-MM-DD} date, and an ID is a string or a whole number (never an object). A value that does not fit is a GRAPHQL_VALIDATION_FAILED error; ranges are left to the
 * Bean Validation constraints of each field. Output is unchanged. Applied to the schema by {@link GraphQLSetup}.
 */
public final class StrictScalars {

    private StrictScalars() {
    }

    static final int MAX_DIGITS = 100;
    static final int MAX_SCALE = 100;

    static GraphQLSchema strict(GraphQLSchema schema) {
        Map<String, Function<Coercing<Object, Object>, Coercing<Object, Object>>> strict = Map.of(
                "Int", original -> new Strict(original, StrictScalars::intValue) {
                    @Override
                    Object literal(Value<?> input) {
                        if (input instanceof FloatValue) {
                            throw new IllegalArgumentException("an Int literal has no fraction or exponent");
                        }
                        return super.literal(input);
                    }
                },
                "Float", original -> new Strict(original, StrictScalars::floatValue),
                "BigDecimal", original -> new Strict(original, StrictScalars::decimalValue),
                "Date", original -> new Strict(original, StrictScalars::dateValue),
                "ID", original -> new Strict(original, StrictScalars::idValue));
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            @SuppressWarnings("unchecked")
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                var replace = strict.get(scalar.getName());
                if (replace == null || scalar.getCoercing() instanceof Strict) {
                    return TraversalControl.CONTINUE;
                }
                Coercing<Object, Object> coercing = replace.apply((Coercing<Object, Object>) scalar.getCoercing());
                return changeNode(context, scalar.transform(b -> b.coercing(coercing)));
            }
        });
    }

    /** Checks a value first, then lets the original coercing turn it into what SmallRye expects. */
    static class Strict implements Coercing<Object, Object> {

        private final Coercing<Object, Object> original;
        private final Function<Object, Object> check;

        Strict(Coercing<Object, Object> original, Function<Object, Object> check) {
            this.original = original;
            this.check = check;
        }

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) {
            return original.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            Object checked;
            try {
                checked = check.apply(input);
            } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
                throw new CoercingParseValueException("not a valid value of this type");
            }
            return original.parseValue(checked, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            Object checked;
            try {
                checked = check.apply(literal(input));
            } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
                throw new CoercingParseLiteralException("not a valid literal of this type");
            }
            return original.parseValue(checked, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return original.valueToLiteral(input, context, locale);
        }

        /** A literal as the value a variable would carry: numbers as BigDecimal, strings as a {@link Literal}. */
        Object literal(Value<?> input) {
            if (input instanceof IntValue i) {
                return new BigDecimal(i.getValue());
            }
            if (input instanceof FloatValue f) {
                return f.getValue();
            }
            if (input instanceof StringValue s) {
                return new Literal(s.getValue());
            }
            throw new IllegalArgumentException("not a literal of this type");
        }
    }

    /** A string literal: accepted where a string is (a date, a decimal), never where a number is. */
    private record Literal(String value) {
    }

    static Integer intValue(Object input) {
        return number(input).intValueExact();
    }

    static Double floatValue(Object input) {
        BigDecimal number = number(input);
        long magnitude = (long) number.precision() - number.scale();
        if (magnitude > 309 || magnitude < -400) {
            throw new ArithmeticException("beyond a double");
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("beyond a double");
        }
        return value;
    }

    static BigDecimal decimalValue(Object input) {
        if (input instanceof String || input instanceof Literal) {
            String text = input instanceof Literal literal ? literal.value() : (String) input;
            if (text.length() > MAX_DIGITS + 10) {
                throw new IllegalArgumentException("too long");
            }
            return bounded(new BigDecimal(text.strip()));
        }
        return bounded(number(input));
    }

    static String idValue(Object input) {
        if (input instanceof String || input instanceof Literal) {
            return input instanceof Literal literal ? literal.value() : (String) input;
        }
        return bounded(number(input)).toBigIntegerExact().toString();
    }

    static String dateValue(Object input) {
        String text = input instanceof Literal literal ? literal.value() : input instanceof String s ? s : null;
        if (text == null || text.length() != 10) {
            throw new IllegalArgumentException("not a date");
        }
        LocalDate.parse(text);
        return text;
    }

    /** A JSON or literal number as a BigDecimal; anything else (a string, a boolean, Infinity) is refused. */
    private static BigDecimal number(Object input) {
        BigDecimal number;
        if (input instanceof BigDecimal decimal) {
            number = decimal;
        } else if (input instanceof BigInteger integer) {
            number = new BigDecimal(integer);
        } else if (input instanceof Double || input instanceof Float) {
            double value = ((Number) input).doubleValue();
            if (!Double.isFinite(value)) {
                throw new ArithmeticException("not finite");
            }
            number = BigDecimal.valueOf(value);
        } else if (input instanceof Long || input instanceof Integer || input instanceof Short
                || input instanceof Byte) {
            number = BigDecimal.valueOf(((Number) input).longValue());
        } else {
            throw new IllegalArgumentException("not a number");
        }
        return number;
    }

    private static BigDecimal bounded(BigDecimal number) {
        if (Math.abs((long) number.scale()) > MAX_SCALE || number.precision() > MAX_DIGITS) {
            throw new ArithmeticException("beyond the limits of a decimal");
        }
        return number;
    }
}
