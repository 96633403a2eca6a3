package cn.civicservices.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The messages shown to people, in the language of whoever reads them: {@code Messages.msg().errorCursor()}.
 * Chinese by default ({@link Msg}), English when the request asks for it ({@link MsgEn}); see
 * {@link RequestLocale}.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Localized ENGLISH = Localized.Literal.of("en");

    private Messages() {
    }

    /** The messages in the current request's language (Chinese outside a request). */
    public static Msg msg() {
        return msg(RequestLocale.current());
    }

    /** The messages in a language: English for any English locale, Chinese for any other. */
    public static Msg msg(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        if (Arc.container() == null) {
            return english ? Standalone.ENGLISH : Standalone.CHINESE;
        }
        return english ? MessageBundles.get(Msg.class, ENGLISH) : MessageBundles.get(Msg.class);
    }

    /**
     * The same messages without the application running (plain unit tests of code that builds messages): the
     * texts of the bundle's annotations, rendered by a Qute engine of its own.
     */
    private static final class Standalone {

        static final Msg CHINESE = of(Msg.class);
        static final Msg ENGLISH = of(MsgEn.class);

        private static Msg of(Class<? extends Msg> texts) {
            Engine engine = Engine.builder().addDefaults().build();
            Map<Method, Template> templates = new ConcurrentHashMap<>();
            return (Msg) Proxy.newProxyInstance(Msg.class.getClassLoader(), new Class<?>[] { Msg.class },
                    (proxy, method, args) -> {
                        if (method.getDeclaringClass() == Object.class) {
                            return switch (method.getName()) {
                                case "hashCode" -> System.identityHashCode(proxy);
                                case "equals" -> proxy == args[0];
                                default -> "Messages(" + texts.getSimpleName() + ")";
                            };
                        }
                        Template template = templates.computeIfAbsent(method, m -> engine.parse(text(texts, m)));
                        TemplateInstance instance = template.instance();
                        Parameter[] parameters = method.getParameters();
                        for (int i = 0; i < parameters.length; i++) {
                            instance.data(parameters[i].getName(), args[i]);
                        }
                        return instance.render();
                    });
        }

        private static String text(Class<? extends Msg> texts, Method method) {
            try {
                return texts.getMethod(method.getName(), method.getParameterTypes()).getAnnotation(Message.class)
                        .value();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
