package fr.ricochet.server.workshop;

import io.javalin.http.Context;
import java.util.List;

/** The typed views of the trainer's pages: what each template places, prepared by {@link TrainerPages}. */
final class TrainerViews {

    private TrainerViews() {
    }

    /** The creation form as typed, to show it again with its errors; blank fields are "". */
    record NewWorkshopValues(String title, String brief, String startingPost, String audience, String timeZone,
            String plannedAt, List<String> networks) {

        static final NewWorkshopValues EMPTY = new NewWorkshopValues("", "", "", "general", "Europe/Paris", "",
                List.of("x"));

        static NewWorkshopValues of(Context ctx) {
            String audience = WorkshopPageSupport.blankToNull(ctx.formParam("audience"));
            String zone = WorkshopPageSupport.blankToNull(ctx.formParam("timeZone"));
            return new NewWorkshopValues(field(ctx, "title"), field(ctx, "brief"), field(ctx, "startingPost"),
                    audience == null ? EMPTY.audience() : audience, zone == null ? EMPTY.timeZone() : zone,
                    field(ctx, "plannedAt"), ctx.formParams("networks"));
        }

        private static String field(Context ctx, String name) {
            String value = ctx.formParam(name);
            return value == null ? "" : value;
        }
    }

    /** The creation form: its values, the networks and audiences to choose from, the zones of the list. */
    record NewWorkshopPage(NewWorkshopValues values, List<PageViews.Choice> networks,
            List<PageViews.Choice> audiences, List<String> zones) {
    }

    /**
     * The page shown once, after creation.
     *
     * @param trainerUrl   the dashboard's private link, its token after {@code #}
     * @param projectorUrl the projector view's link, with the same token after {@code #}
     * @param joinQr       the join link as a QR code
     */
    record CreatedPage(String trainerUrl, String joinUrl, String projectorUrl, QrCode joinQr) {
    }

    /**
     * What the room sees: the code in big type, the join link and its QR code. The live counts need the trainer's
     * token, which the page's script reads from the link's {@code #} part.
     */
    record ProjectorPage(String joinUrl, QrCode joinQr) {
    }

    /**
     * The dashboard's frame; its script fills it.
     *
     * @param tipTitles      a JSON object of tip id to title
     * @param trainerSetTips a JSON array of the tips that judge only what the trainer set, whose findings the
     *                       comparison shows apart
     * @param typedLink      the trainer link typed in the form that exports without scripts, shown again after an
     *                       error
     */
    record DashboardPage(String tipTitles, String trainerSetTips, String typedLink) {
    }
}
