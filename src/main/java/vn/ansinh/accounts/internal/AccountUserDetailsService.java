package vn.ansinh.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs users in from their accounts in the database. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository repository;

    AccountUserDetailsService(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
