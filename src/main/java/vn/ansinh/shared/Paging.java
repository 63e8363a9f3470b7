package vn.ansinh.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list that can grow: the page shown (from 1), how many a page holds and how many there
 * are in all. A page asked for beyond the last is the last, so a link kept from a longer list still
 * shows something.
 */
public record Paging(int page, int size, long total) {

    /** Page numbers this far either side of the current one are linked; the rest are a gap. */
    private static final int AROUND = 2;

    public Paging {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one entry");
        }
        total = Math.max(0, total);
        long last = Math.max(1, (total + size - 1) / size);
        page = (int) Math.min(Math.max(1, page), last);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The first entry's index (from 0), for SQL's OFFSET. */
    public int offset() {
        return (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The first and last entry shown (from 1); 0 and 0 for an empty list. */
    public long firstShown() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long lastShown() {
        return Math.min(total, (long) offset() + size);
    }

    /** The page numbers to link: the first, the last and those around the current one; 0 marks a gap. */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= pages(); n++) {
            boolean shown = n == 1 || n == pages() || Math.abs(n - page) <= AROUND;
            if (shown) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
