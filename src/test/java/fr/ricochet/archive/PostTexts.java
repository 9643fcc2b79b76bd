package fr.ricochet.archive;

import java.util.List;
import java.util.Random;

/**
 * Varied post texts for the planted accounts, composed from vocabulary lists (places, events, days, openings,
 * practical details) in French and some English, so that only the bot is monotonous.
 */
final class PostTexts {

    static final List<String> PLACES = List.of("la médiathèque", "le musée des Beaux-Arts", "le conseil municipal",
            "la piscine Jean-Bouin", "le conservatoire", "la maison de quartier des Tilleuls", "l'office de tourisme",
            "le théâtre municipal", "la bibliothèque Louise-Michel", "le jardin botanique", "le marché couvert",
            "l'espace jeunes", "la ludothèque", "les archives municipales", "le centre social", "la salle des fêtes",
            "le parc de la Source", "l'école de musique", "le musée d'histoire locale", "la maison des associations");
    static final List<String> EVENTS = List.of("une exposition sur les affiches anciennes", "un atelier d'écriture",
            "une lecture pour les tout-petits", "la séance publique", "un concert de l'harmonie",
            "une visite guidée du quartier", "la collecte de jouets", "un café-philo",
            "une conférence sur la biodiversité", "les portes ouvertes", "une projection-débat",
            "le forum des associations", "un atelier de réparation de vélos", "une rencontre avec une autrice",
            "la fête du jeu", "un spectacle de marionnettes", "une initiation aux échecs", "le troc de plantes",
            "une balade contée", "un atelier numérique pour les seniors");
    static final List<String> DAYS = List.of("samedi", "dimanche matin", "ce mercredi", "jeudi soir",
            "la semaine prochaine", "le 12 mars", "demain", "vendredi à 18 h", "pendant les vacances",
            "tout le mois d'avril", "lundi après-midi", "ce week-end");
    static final List<String> DETAILS = List.of("Entrée libre.", "Inscription conseillée à l'accueil.",
            "Gratuit pour les moins de 18 ans.", "Plus d'infos sur notre site.", "Venez nombreux !",
            "Accessible aux personnes à mobilité réduite.", "Places limitées, pensez à réserver.",
            "Le programme complet est en ligne.", "Apportez vos questions !", "Ouvert à toutes et à tous.",
            "Un goûter suivra.", "Merci aux bénévoles qui rendent cela possible.");
    private static final List<String> OPENINGS_FR = List.of("Ce week-end, {place} propose {event}.",
            "Bonne nouvelle : {place} accueille {event} {day}.", "Petit rappel : {place} vous attend {day} pour {event}.",
            "Vous l'attendiez : {place} lance {event}.", "Retour en images sur {event}, {day} à {place}.",
            "Dernière ligne droite pour {event} à {place}.", "C'est parti pour {event}, {day} !",
            "Avez-vous vu {event} à {place} ?", "Hier soir, {place} a accueilli {event}.",
            "En ce moment à {place} : {event}.", "{place} ouvre ses portes {day} pour {event}.",
            "Nous avons hâte de vous retrouver {day} pour {event}.",
            "Merci à toutes et à tous d'être venus à {place} pour {event}.", "Grande première pour {place} : {event}.",
            "On vous dit tout sur {event}, {day}.", "Saviez-vous que {place} prépare {event} ?",
            "Une question sur {event} ? L'équipe de {place} vous répond.",
            "Les inscriptions pour {event} sont ouvertes à {place}.", "{day}, direction {place} pour {event}.",
            "Quelle affluence pour {event} à {place} !");
    private static final List<String> OPENINGS_EN = List.of("Join us {day} at {place} for {event}.",
            "Last chance to see {event} at {place}.", "Thank you all for coming to {event}!",
            "Save the date: {event} at {place}.", "Did you know {place} is hosting {event}?");
    private static final List<String> REPLIES = List.of("Merci beaucoup pour votre message !",
            "Bonne question : la réponse est sur notre site.", "Oui, c'est bien ouvert %s.",
            "Nous transmettons à l'équipe, réponse %s.", "Avec plaisir, à bientôt !", "Tout à fait, et c'est gratuit.",
            "Désolés pour ce contretemps, nous regardons cela.", "Bien vu, merci de nous l'avoir signalé.",
            "Thanks, glad you enjoyed it!", "Pas encore, mais c'est prévu pour %s.", "Exactement ce que nous pensons.",
            "On vous attend %s alors !");
    private static final List<String> HASHTAGS = List.of("#culture", "#patrimoine", "#lecture", "#jeunesse",
            "#citoyenneté", "#sortir");
    private static final List<String> COURTS = List.of("Cour de cassation, chambre sociale",
            "Cour de cassation, chambre civile 1", "Cour de cassation, chambre criminelle",
            "Conseil d'État, 5e chambre", "Cour administrative d'appel de Lyon", "Cour d'appel de Rennes",
            "Tribunal administratif de Nantes", "Conseil constitutionnel", "Cour d'appel de Paris, pôle 6",
            "Cour de cassation, chambre commerciale");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");

    private PostTexts() {
    }

    /** A post as a person at an institution writes it: one of many openings, a detail, rarely a tag or a link. */
    static String human(Random random, boolean link, boolean hashtag) {
        String place = pick(random, PLACES);
        String event = pick(random, EVENTS);
        String day = pick(random, DAYS);
        String opening = pick(random, random.nextInt(8) == 0 ? OPENINGS_EN : OPENINGS_FR);
        String sentence = opening.replace("{place}", place).replace("{event}", event).replace("{day}", day);
        StringBuilder text = new StringBuilder(capitalized(sentence));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            text.append(' ').append(pick(random, DETAILS));
        }
        if (hashtag) {
            text.append(' ').append(pick(random, HASHTAGS));
        }
        if (link) {
            text.append(" https://www.ville-exemple.fr/agenda/").append(Integer.toString(random.nextInt(1 << 20), 36));
        }
        return text.toString();
    }

    static String reply(Random random, String handle) {
        return "@" + handle + " " + String.format(pick(random, REPLIES), pick(random, DAYS));
    }

    /** The bot's one template, with a varied title and a t.co link. */
    static String decision(Random random) {
        String title = pick(random, COURTS) + ", " + (1 + random.nextInt(28)) + " " + pick(random, MONTHS) + " "
                + (2015 + random.nextInt(9)) + ", n° " + (10 + random.nextInt(14)) + "-" + (10_000 + random.nextInt(90_000));
        return "Nouvelle décision de justice : " + title + " https://t.co/" + token(random, 10);
    }

    static String token(Random random, int length) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
