package vn.ansinh.targets;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.targets.internal.IndicatorRepository;

/** The catalogue of indicators, shared by every programme and year. */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final IndicatorRepository repository;

    Indicators(IndicatorRepository repository) {
        this.repository = repository;
    }

    public Optional<Indicator> byCode(String code) {
        return repository.findByCode(code);
    }

    public Map<Long, Indicator> byIds(Collection<Long> ids) {
        return StreamSupport.stream(repository.findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    @Transactional
    public Indicator add(Indicator indicator) {
        return repository.save(indicator);
    }
}
