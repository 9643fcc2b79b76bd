package fr.ricochet.server.web;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The small Thymeleaf renderer the pages need: templates from {@code templates/} on the class path (so the
 * jar serves them), UTF-8, cached in production. In development (RICOCHET_DEV=true) the cache is off so an
 * edited template shows at once, and a template error is shown instead of the friendly error page.
 */
public final class Templates {

    private final TemplateEngine engine = new TemplateEngine();
    private final boolean development;

    public Templates(boolean development) {
        this.development = development;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(!development);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
    }

    public boolean development() {
        return development;
    }

    /** Renders a template in French or English; user data in the model is escaped by th:text. */
    public String render(String template, String language, Map<String, Object> model) {
        Context context = new Context(Messages.locale(language), model);
        return engine.process(template, context);
    }

    /** One th:fragment of a template, alone. */
    public String render(String template, String fragment, String language, Map<String, Object> model) {
        return engine.process(template, Set.of(fragment), new Context(Messages.locale(language), model));
    }
}
