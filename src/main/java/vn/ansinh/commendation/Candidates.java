package vn.ansinh.commendation;

import java.util.List;

/** The programme's ranking for commendation: communes, then organisations; final once the programme's year is over. */
public record Candidates(int year, boolean yearOver, List<Candidate> communes, List<Candidate> organisations) {

    public Candidates {
        communes = List.copyOf(communes);
        organisations = List.copyOf(organisations);
    }

    public List<Candidate> all() {
        return java.util.stream.Stream.concat(communes.stream(), organisations.stream()).toList();
    }
}
