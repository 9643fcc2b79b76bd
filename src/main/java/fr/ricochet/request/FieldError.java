package fr.ricochet.request;

/** What is wrong with one field of a request, and what is allowed, in both languages. */
public record FieldError(String field, String en, String fr) {

    public String message(String language) {
        return "fr".equals(language) ? fr : en;
    }
}
