package id.kembar.common.web;

import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** A checked page and order: the offset and size to query, and the HQL {@code order by} items. */
public record PageRequest(int page, int pageSize, String orderBy) {

    public static PageRequest of(PageParams params, SortFields fields) {
        List<FieldError> errors = new ArrayList<>();
        int page = params.page == null ? 1 : params.page;
        int pageSize = params.pageSize == null ? 20 : params.pageSize;
        if (page < 1) {
            errors.add(new FieldError("page", "must be 1 or more"));
        }
        if (pageSize < 1 || pageSize > PageParams.MAX_PAGE_SIZE) {
            errors.add(new FieldError("pageSize", "must be between 1 and " + PageParams.MAX_PAGE_SIZE));
        }
        if (errors.isEmpty() && (long) (page - 1) * pageSize > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "is beyond any collection's last page"));
        }
        String orderBy;
        try {
            orderBy = fields.orderBy(params.sort);
        } catch (ProblemException e) {
            errors.addAll(e.errors);
            orderBy = null;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(page, pageSize, orderBy);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
