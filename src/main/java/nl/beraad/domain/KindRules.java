package nl.beraad.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One item kind with its own rules: what a form of that kind must hold, how a response to it is
 * checked, how hands are counted and how responses add up. Sealed, so a new kind cannot be added
 * without every {@link Cases} visitor handling it (Java 17 has no pattern switch without preview).
 */
public sealed interface KindRules {

    /** The stored kind this rule set belongs to. */
    ItemKind kind();

    /** Checks a non-abstaining response and returns it in its stored shape. */
    Position check(Position position);

    /** Whether hands can be counted per position. */
    boolean allowsShowOfHands();

    /** The positions a show of hands can count (abstentions, 0, not included). */
    int handPositions();

    /** What one raised hand for position 1..handPositions() stands for. */
    Position handPosition(int position);

    /** Calls the visitor's method for this kind. */
    <R> R accept(Cases<R> cases);

    /** One method per kind; implementing it means handling every kind. */
    interface Cases<R> {
        R dilemma(Dilemma d);

        R statement(Statement s);

        R choice(Choice c);

        R allocation(Allocation a);

        R ranking(Ranking r);

        R question(Question q);
    }

    /** One method per kind, the kinds with options as one: for callers that show every list of options alike. */
    interface FormCases<R> extends Cases<R> {
        R options(WithOptions o);

        @Override
        default R choice(Choice c) {
            return options(c);
        }

        @Override
        default R allocation(Allocation a) {
            return options(a);
        }

        @Override
        default R ranking(Ranking r) {
            return options(r);
        }
    }

    /** One method per kind with options. */
    interface OptionCases<R> {
        R choice(Choice c);

        R allocation(Allocation a);

        R ranking(Ranking r);
    }

    /** The rules of a form; the fields a kind does not use are ignored, as ItemForm always did. */
    static KindRules of(ItemKind kind, String poleA, String poleB, String prompt, List<String> options,
                        int maxChoices, int points, Scale scale) {
        return switch (kind) {
            case DILEMMA -> new Dilemma(poleA, poleB, scale);
            case STATEMENT -> new Statement(prompt, scale);
            case CHOICE -> new Choice(options, maxChoices);
            case ALLOCATION -> new Allocation(options, points);
            case RANKING -> new Ranking(options);
            case QUESTION -> new Question(prompt, scale);
        };
    }

    /** Kinds on a scale: a hand or a response is a step. */
    sealed interface Scaled extends KindRules {
        Scale scale();

        @Override
        default Position check(Position position) {
            if (!position.numbers().isEmpty() || !scale().contains(position.step())) {
                throw BeraadException.invalid("vote.step.range", position.step(), scale().steps());
            }
            return position;
        }

        @Override
        default boolean allowsShowOfHands() {
            return true;
        }

        @Override
        default int handPositions() {
            return scale().steps();
        }

        @Override
        default Position handPosition(int position) {
            return Position.step(position);
        }
    }

    /** Kinds with a list of options: a response is a list of option numbers or points. */
    sealed interface WithOptions extends KindRules {
        List<String> options();

        /** Calls the visitor's method for this kind with options. */
        <R> R accept(OptionCases<R> cases);

        /** Adds one checked, non-abstaining response to the per-option totals and first places. */
        void add(List<Integer> numbers, long[] totals, long[] firstPlaces);

        /** Checks the option numbers once the response has some; each kind its own way. */
        Position checkNumbers(List<Integer> numbers);

        @Override
        default Position check(Position position) {
            List<Integer> numbers = position.numbers();
            if (position.step() != 1 || numbers.isEmpty()) {
                throw BeraadException.invalid("vote.options.missing");
            }
            return checkNumbers(numbers);
        }

        @Override
        default boolean allowsShowOfHands() {
            return false;
        }

        @Override
        default int handPositions() {
            return options().size();
        }

        @Override
        default Position handPosition(int position) {
            return Position.numbers(List.of(position));
        }

        @Override
        default <R> R accept(Cases<R> cases) {
            return accept(new OptionCases<R>() {
                @Override
                public R choice(Choice c) {
                    return cases.choice(c);
                }

                @Override
                public R allocation(Allocation a) {
                    return cases.allocation(a);
                }

                @Override
                public R ranking(Ranking r) {
                    return cases.ranking(r);
                }
            });
        }
    }

    /** Two poles with a scale between them. */
    record Dilemma(String poleA, String poleB, Scale scale) implements Scaled {
        public Dilemma {
            require(!poleA.isEmpty() && !poleB.isEmpty() && scale != null, "poles and scale");
        }

        @Override
        public ItemKind kind() {
            return ItemKind.DILEMMA;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.dilemma(this);
        }
    }

    /** A statement on a disagree-agree scale. */
    record Statement(String statement, Scale scale) implements Scaled {
        public Statement {
            require(!statement.isEmpty() && scale != null, "prompt");
        }

        @Override
        public ItemKind kind() {
            return ItemKind.STATEMENT;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.statement(this);
        }
    }

    /** One option of several, or up to {@code maxChoices} of them. */
    record Choice(List<String> options, int maxChoices) implements WithOptions {
        public Choice {
            require(ItemForm.validOptions(options) && maxChoices >= 1 && maxChoices <= options.size(),
                    "options and a maximum");
        }

        @Override
        public ItemKind kind() {
            return ItemKind.CHOICE;
        }

        @Override
        public <R> R accept(OptionCases<R> cases) {
            return cases.choice(this);
        }

        @Override
        public Position checkNumbers(List<Integer> numbers) {
            checkOptionNumbers(numbers, options.size());
            if (numbers.size() > maxChoices) {
                throw maxChoices == 1
                        ? BeraadException.invalid("vote.choice.one", numbers.size())
                        : BeraadException.invalid("vote.choice.max", numbers.size(), maxChoices);
            }
            return Position.numbers(numbers.stream().sorted().toList());
        }

        /** Only a choice of one option can be counted by hands: one hand, one option. */
        @Override
        public boolean allowsShowOfHands() {
            return maxChoices == 1;
        }

        @Override
        public void add(List<Integer> numbers, long[] totals, long[] firstPlaces) {
            numbers.forEach(o -> totals[o - 1]++);
        }
    }

    /** A number of points divided over the options. */
    record Allocation(List<String> options, int points) implements WithOptions {
        public Allocation {
            require(ItemForm.validOptions(options) && points >= ItemForm.MIN_POINTS && points <= ItemForm.MAX_POINTS,
                    "options and points");
        }

        @Override
        public ItemKind kind() {
            return ItemKind.ALLOCATION;
        }

        @Override
        public <R> R accept(OptionCases<R> cases) {
            return cases.allocation(this);
        }

        @Override
        public Position checkNumbers(List<Integer> numbers) {
            if (numbers.size() != options.size()) {
                throw BeraadException.invalid("vote.points.count", numbers.size(), options.size());
            }
            long sum = 0;
            for (int n : numbers) {
                if (n < 0) {
                    throw BeraadException.invalid("vote.points.negative", n);
                }
                sum += n;
            }
            if (sum != points) {
                throw BeraadException.invalid("vote.points.sum", sum, points);
            }
            return Position.numbers(numbers);
        }

        @Override
        public void add(List<Integer> numbers, long[] totals, long[] firstPlaces) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += numbers.get(i);
            }
        }
    }

    /** All options in order of preference; a place is worth the options ranked below it. */
    record Ranking(List<String> options) implements WithOptions {
        public Ranking {
            require(ItemForm.validOptions(options), "options");
        }

        @Override
        public ItemKind kind() {
            return ItemKind.RANKING;
        }

        @Override
        public <R> R accept(OptionCases<R> cases) {
            return cases.ranking(this);
        }

        @Override
        public Position checkNumbers(List<Integer> numbers) {
            checkOptionNumbers(numbers, options.size());
            if (numbers.size() != options.size()) {
                throw BeraadException.invalid("vote.rank.incomplete", numbers.size(), options.size());
            }
            return Position.numbers(numbers);
        }

        @Override
        public void add(List<Integer> numbers, long[] totals, long[] firstPlaces) {
            int n = totals.length;
            for (int place = 0; place < numbers.size(); place++) {
                totals[numbers.get(place) - 1] += n - 1 - place;
            }
            firstPlaces[numbers.get(0) - 1]++;
        }
    }

    /** An open question: answers are collected as text, nobody takes a position. */
    record Question(String question) implements KindRules {
        /** A question has no scale; one given is a mistake in the form. */
        public Question(String question, Scale scale) {
            this(question);
            require(scale == null, "prompt");
        }

        public Question {
            require(!question.isEmpty(), "prompt");
        }

        @Override
        public ItemKind kind() {
            return ItemKind.QUESTION;
        }

        @Override
        public Position check(Position position) {
            throw BeraadException.invalid("vote.question");
        }

        @Override
        public boolean allowsShowOfHands() {
            return false;
        }

        @Override
        public int handPositions() {
            return 0;
        }

        @Override
        public Position handPosition(int position) {
            throw BeraadException.invalid("hands.kind");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.question(this);
        }
    }

    private static void checkOptionNumbers(List<Integer> numbers, int optionCount) {
        List<Integer> seen = new ArrayList<>();
        for (int n : numbers) {
            if (n < 1 || n > optionCount) {
                throw BeraadException.invalid("vote.option.range", n, optionCount);
            }
            if (seen.contains(n)) {
                throw BeraadException.invalid("vote.option.twice", n);
            }
            seen.add(n);
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("an item form needs " + what);
        }
    }
}
