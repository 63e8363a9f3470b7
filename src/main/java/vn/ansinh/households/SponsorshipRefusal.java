package vn.ansinh.households;

import vn.ansinh.shared.CodedException;

/** A sponsorship that cannot be given: the household is not poor with a way out that year, or no such organisation. */
public class SponsorshipRefusal extends CodedException {

    public SponsorshipRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}
