package org.fagai.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fagai.organization.UserDirectory;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoList;
import org.fagai.supervision.TodoSource;
import org.fagai.shared.web.ApiController;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/** Collects every {@link TodoSource} bean's entries for the signed-in user, by due date (undated last), red first. */
@Service
class TodoCollector implements TodoList {

    private static final Comparator<TodoEntry> ORDER = Comparator
            .comparing(TodoEntry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.colour() == null ? 3 : 2 - e.colour().ordinal())
            .thenComparing(TodoEntry::title);

    private final List<TodoSource> sources;
    private final UserDirectory users;

    TodoCollector(List<TodoSource> sources, UserDirectory users) {
        this.sources = sources;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoEntry> forCurrentUser() {
        var user = users.requireCurrent();
        List<TodoEntry> all = new ArrayList<>();
        for (TodoSource source : sources) {
            all.addAll(source.entriesFor(user));
        }
        all.sort(ORDER);
        return all;
    }

    @ApiController("/api/v1/todo")
    static class TodoApi {

        private final TodoList todo;

        TodoApi(TodoList todo) {
            this.todo = todo;
        }

        @GetMapping
        List<TodoEntry> list() {
            return todo.forCurrentUser();
        }
    }
}
