package vn.ansinh.outreach;

import java.util.Arrays;
import java.util.List;

import vn.ansinh.shared.Party;

/**
 * A programme's trainings and sessions summed when read: per commune (officers trained, sessions held, people reached),
 * per topic (sessions and people), and in all. Communes in the order given; topics in their order, those with none left out.
 */
public record OutreachTotals(List<CommuneTotal> communes, List<TopicTotal> topics, CommuneTotal all) {

    /** communeId null on the line of all. */
    public record CommuneTotal(Long communeId, String name, long trained, long sessions, long reached) {
    }

    public record TopicTotal(SessionTopic topic, long sessions, long reached) {
    }

    /** The totals of these trainings and sessions over the communes, given by id with their names. */
    public static OutreachTotals of(List<Training> trainings, List<OutreachSession> sessions,
            List<CommuneTotal> communeNames) {
        List<CommuneTotal> communes = communeNames.stream().map(c -> {
            Party unit = Party.unit(c.communeId());
            List<OutreachSession> held = sessions.stream().filter(s -> s.communeId() == c.communeId()).toList();
            return new CommuneTotal(c.communeId(), c.name(), trainings.stream().mapToLong(t -> t.of(unit)).sum(),
                    held.size(), held.stream().mapToLong(OutreachSession::audience).sum());
        }).toList();
        List<TopicTotal> topics = Arrays.stream(SessionTopic.values()).map(topic -> {
            List<OutreachSession> on = sessions.stream().filter(s -> s.topic() == topic).toList();
            return new TopicTotal(topic, on.size(), on.stream().mapToLong(OutreachSession::audience).sum());
        }).filter(t -> t.sessions() > 0).toList();
        return new OutreachTotals(communes, topics, new CommuneTotal(null, null,
                trainings.stream().mapToLong(Training::total).sum(), sessions.size(),
                sessions.stream().mapToLong(OutreachSession::audience).sum()));
    }
}
