package vn.ansinh.checks.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.checks.StatedFigureDropped;
import vn.ansinh.programme.ParagraphsChanged;

/**
 * When a section's paragraphs are rewritten, the figures they state follow: a figure still
 * written in the paragraph at the same place is checked in the new wording; one no longer written
 * there is no longer checked, and that is recorded in the audit, not dropped silently.
 */
@Component
class FiguresFollowParagraphs {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FiguresFollowParagraphs(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(ParagraphsChanged change) {
        List<String> before = change.before();
        for (int i = 0; i < before.size(); i++) {
            String after = i < change.after().size() ? change.after().get(i) : null;
            if (!before.get(i).equals(after)) {
                follow(change.programmeId(), before.get(i), after);
            }
        }
    }

    private void follow(long programmeId, String before, String after) {
        List<Figure> figures = jdbc.sql("""
                select id, printed, location from stated_figure
                where programme_id = ? and source_table is null and excerpt = ?""")
                .params(programmeId, before)
                .query((rs, n) -> new Figure(rs.getLong("id"), rs.getString("printed"), rs.getString("location"))).list();
        for (Figure figure : figures) {
            if (after != null && after.contains(figure.printed())) {
                jdbc.sql("update stated_figure set excerpt = ? where id = ?").params(after, figure.id()).update();
            } else {
                jdbc.sql("delete from stated_figure where id = ?").param(figure.id()).update();
                events.publishEvent(new StatedFigureDropped(programmeId, figure.id(), figure.printed(), figure.location(), before));
            }
        }
    }

    private record Figure(long id, String printed, String location) {
    }
}
