package fr.ricochet.server.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Lets templates write {@code #{key}}: Thymeleaf's own resolver looks beside each template instead. */
final class BundleMessageResolver implements IMessageResolver {

    @Override
    public String getName() {
        return "ricochet-web";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return Messages.get(context.getLocale().getLanguage(), key, params == null ? new Object[0] : params);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] params) {
        return "??" + key + "??";
    }
}
