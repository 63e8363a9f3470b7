package vn.ansinh.commitments.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.commitments.Commitment;
import vn.ansinh.commitments.CommitmentProgress;
import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.shared.Domain;

/** A party's commitments by domain, each with its latest progress and whether it is on track today. */
record PartyPage(Map<Domain, List<Row>> byDomain, int onTrack, int total) {

    /** A commitment, its latest progress (null: never reported) and whether it is on track. */
    record Row(Commitment commitment, CommitmentProgress latest, boolean onTrack) {
    }

    static PartyPage of(List<Commitment> commitments, Map<Long, CommitmentProgress> latest, LocalDate today) {
        Map<Domain, List<Row>> byDomain = new LinkedHashMap<>();
        int onTrack = 0;
        for (Commitment c : commitments) {
            CommitmentProgress progress = latest.get(c.id());
            boolean kept = c.onTrack(ProgressBook.statusOf(progress), today);
            onTrack += kept ? 1 : 0;
            byDomain.computeIfAbsent(c.domain(), d -> new java.util.ArrayList<>()).add(new Row(c, progress, kept));
        }
        return new PartyPage(byDomain, onTrack, commitments.size());
    }
}
