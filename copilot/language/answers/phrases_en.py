"""English wording of the offline answers: sentence patterns with variants, filled from the CV and
job description. No pattern carries a fact of its own; every employer, number and tool comes from
the context. Variants keep answers to different questions from sharing whole sentences."""

from __future__ import annotations

PHRASES: dict[str, tuple[str, ...]] = {
    "exp_list_open": ("{Subject} is one of my everyday tools, alongside {others}.",),
    "approach_example_lesson": (
        "I learned that the hard way: {sentence}",
        "It's a lesson from my own work: {sentence}",
    ),
    "approach_related": (
        "The closest from my own work: {sentence}",
        "The nearest example from my own work: {sentence}",
    ),
    "approach_example": ("For example: {sentence}", "That's what I did in practice: {sentence}"),
    "guide_motivation": (
        "I'd name what draws me to {role}: the work itself, what the company does, and how it fits what I want to grow in.",
    ),
    "guide_motivation_points": ("The work itself | What the company does | How it fits my growth",),
    "guide_introduction": (
        "I'd keep it to three parts: what I do now and for how long, two results I'm proud of, and why {role} is my natural next step.",
    ),
    "guide_introduction_points": ("Current role and years | Two results, with numbers | Why this role next",),
    "guide_story": (
        "I'd answer with one concrete situation: what was at stake, what I did myself, and how it ended, ideally with a number.",
    ),
    "guide_story_points": ("One real situation | What I did myself | The result, with a number",),
    "guide_strengths": (
        "I'd name two strengths that matter for {role} and prove each with one short example from my work.",
    ),
    "guide_strengths_points": ("Two strengths for this role | One proof each",),
    "guide_why_leave": (
        "I'd keep it positive: what I learned where I am, and what I want next that {role} offers.",
    ),
    "guide_why_leave_points": ("Positive about the current job | What I want next | Why this role",),
    "guide_future": (
        "I'd describe the expertise and responsibility I want to grow into, and how {role} leads there.",
    ),
    "guide_future_points": ("Expertise to grow | Responsibility to take on | How this role leads there",),
    "guide_close": ("Saving a CV in the interview context lets me give the answer with your own facts.",),
    "role_full": ("the {position} role at {company}",),
    "role_position": ("the {position} role",),
    "role_company": ("this role at {company}",),
    "role_none": ("this role",),
    "company_none": ("your company",),
    "there": ("There, ",),
    "also": ("Also, ",),
    "also_i": ("I also ",),
    # -- where something happened --------------------------------------------------------------
    "where_current": ("my current role at {employer}", "my current job at {employer}"),
    "where_past": ("my time at {employer}", "my years at {employer}"),
    "where_title": ("my work as {a_title}",),
    "where_none": ("my recent work",),
    # -- introduction -------------------------------------------------------------------------
    "intro_identity_years": (
        "I'm {a_headline} with {years} years of work experience, currently {current}.",
        "I'm {a_headline}; I've been working for {years} years, and right now I'm {current}.",
    ),
    "intro_identity": (
        "I'm {a_headline}, currently {current}.",
        "I work as {a_headline}; right now I'm {current}.",
    ),
    "intro_identity_plain": ("I'm {a_headline} with {years} years of work experience.", "I'm {a_headline}."),
    "intro_before": (
        "Before that I was {title_at}, where {clause}.",
        "Earlier, as {title_at}, {clause}.",
    ),
    "intro_bridge": (
        "Now I'd like to focus on {duty}, which is what this role is about.",
        "What I want next is more responsibility for {duty}, and that's exactly what {role} offers.",
    ),
    "intro_bridge_plain": (
        "That's why {role} feels like the right next step for me.",
        "{Role} is a natural next step from that.",
    ),
    # -- motivation ---------------------------------------------------------------------------
    "motivation_duty": (
        "What draws me to {role} is {duty}; that's the part of my work I enjoy most.",
        "The main reason I applied to {company} is the work itself: {duty} is what I do best and want to do more of.",
    ),
    "motivation_new_field": (
        "The change of field is a deliberate choice: the core of what I do carries over directly, and the new part is exactly what I want to learn next.",
    ),
    "motivation_commute": (
        "And the journey isn't a problem for me; I've already worked out how I'd get here.",
    ),
    "motivation_about": ("And I like what you do: {about}.", "I also like the company itself: {about}."),
    "motivation_no_jd": (
        "{Role} builds directly on what I've been doing.",
        "I'm interested in {role} because it builds on my strongest experience.",
    ),
    "motivation_now": (
        "As for why now: I've delivered what I set out to do in my current role, and I'm ready for more {growth}.",
        "The timing is right because I've done what I came to do where I am, and the next step for me is {growth}.",
    ),
    "motivation_now_plain": (
        "As for why now: I've delivered what I set out to do in my current role, and I'm ready for the next step.",
    ),
    "motivation_now_between": (
        "As for why now: I've taken the time to choose my next step carefully, and this is the role that fits.",
    ),
    "motivation_close": (
        "So I can help with {duty2} from day one, and still grow in the role.",
        "I'd be useful quickly on {duty2}, and there's plenty here for me to learn.",
    ),
    # -- why leave ----------------------------------------------------------------------------
    "leave_good": (
        "I've had a good run at {employer}: {clause}.",
        "I'm not leaving because of a problem; {employer} has been a good place, and {clause}.",
    ),
    "leave_next": (
        "What I want now is to make {duty} the centre of my job, and this role is built around it.",
        "I want my next step to be about {duty}, in a team where that is the main job.",
    ),
    "leave_step_up": (
        "The main reason is the step up: I've been working as {title}, and this role is the next level of responsibility.",
    ),
    "leave_step_up_duty": (
        "The main reason is the step up: I've been working as {title}, and this role adds responsibility for {duty}.",
    ),
    "leave_next_plain": (
        "I'm looking for a bigger scope and new problems, and {role} offers that.",
        "After that time I want a new challenge with more responsibility, which is what {role} gives me.",
    ),
    "leave_not_internal": (
        "Waiting for an internal opening was an option, but this role is exactly the step I want, and it's open now.",
    ),
    "leave_why_here": (
        "That's why this move, and this role in particular, makes sense to me now.",
        "So it's about moving towards this role, not away from my current team.",
    ),
    "leave_next_gap": (
        "What I'm looking for now is more responsibility for {duty}.",
        "I want my next step to be about {duty}.",
    ),
    "leave_why_here_gap": ("That's why this role in particular makes sense to me now.",),
    "leave_no_current": (
        "My last role, at {employer}, ended in {year}, and I've used the time to choose my next step carefully.",
    ),
    # -- strengths ----------------------------------------------------------------------------
    "strength_first": ("My main strength is {label}.", "I'd say my biggest strength is {label}."),
    "strength_second": ("The second one is {label}.", "Another strength is {label}."),
    "strength_others": ("I think they'd say my biggest strength is {label}.",),
    "strength_close": (
        "Both matter for {role}, especially for {duty}.",
        "That's what I'd bring to {role}, particularly to {duty}.",
    ),
    "strength_close_plain": (
        "Both are what I'd bring to {role}.",
        "That's what I'd bring to {role} from the start.",
    ),
    "label_impact": ("turning work into measurable results",),
    "label_leadership": ("helping people grow and leading a team",),
    "label_collaboration": ("working well across teams",),
    "label_process": ("improving the way work gets done",),
    "label_challenge": ("taking on complex problems",),
    "label_customer": ("keeping the people I serve at the centre",),
    "label_incident": ("staying calm and practical when things go wrong",),
    "label_learning": ("learning new things quickly",),
    "label_delivery": ("owning work from start to finish",),
    "label_skills": ("solid hands-on depth in {skills}",),
    # -- stories (STAR) -----------------------------------------------------------------------
    "lead_achievement": (
        "The achievement I'm proudest of comes from {where}: {clause}.",
        "One result I'm really proud of is from {where}: {clause}.",
    ),
    "lead_failure": (
        "A setback I learned a lot from happened at {where}: {clause}.",
        "The example that comes to mind is from {where}: {clause}.",
    ),
    "lead_incident": (
        "A good example is from {where}: {clause}.",
        "The one I remember best is from {where}: {clause}.",
    ),
    "lead_conflict": (
        "A good example comes from {where}: {clause}.",
        "I'll use an example from {where}: {clause}.",
    ),
    "lead_leadership": ("In {where}, {clause}.", "The clearest example is from {where}: {clause}."),
    "lead_collaboration": ("A good example is from {where}: {clause}.", "In {where}, {clause}."),
    "lead_pressure": (
        "A good example is from {where}: {clause}.",
        "One time that comes to mind is at {where}: {clause}.",
    ),
    "lead_challenge": (
        "The hardest one was during {where}: {clause}.",
        "The toughest one I can think of comes from {where}: {clause}.",
    ),
    "lead_learning": ("A good example is from {where}: {clause}.", "In {where}, {clause}."),
    "lead_behavioural": (
        "A good example comes from {where}: {clause}.",
        "I'll answer with an example from {where}: {clause}.",
    ),
    "action_achievement": (
        "The key was breaking the work into steps I could measure, so we knew early whether it was working.",
        "It worked because I measured the starting point first and checked every change against it.",
    ),
    "action_failure": (
        "I owned it openly, fixed what was urgent first, and then changed the process so it couldn't repeat.",
        "I told the people affected straight away, handled the immediate damage, and then fixed the cause.",
    ),
    "action_conflict_told": (
        "What mattered was keeping it about the facts and the shared goal, not about who was right.",
    ),
    "action_conflict_customer_told": (
        "I stayed calm, listened first, and kept them informed until it was settled.",
    ),
    "action_failure_told": (
        "I didn't explain it away: I went back over what happened and what I could have done differently.",
    ),
    "action_failure_told_mistake": (
        "I didn't wait for someone else to notice: I said it was mine and took part in putting it right.",
        "I owned it straight away instead of explaining it away.",
    ),
    "action_incident": (
        "My first step was to make the situation safe and keep everyone informed; finding the cause came after.",
        "I focused on getting things back to normal first, communicated clearly, and followed up with a review of what caused it.",
    ),
    "lead_conflict_customer": (
        "A good example comes from {where}: {clause}.",
        "I'll use an example from {where}: {clause}.",
    ),
    "action_conflict_customer": (
        "I let the customer say everything first and acknowledged what had gone wrong, without getting defensive. Then I agreed a concrete next step with a date, kept them updated, and followed up myself until it was fixed.",
        "I stayed calm, listened to the whole story, and separated the facts from the frustration. I offered what I could do straight away, was honest about what I couldn't, and came back exactly when I said I would.",
    ),
    "point_conflict_customer": ("Listen fully; next step with a date; follow up",),
    "action_conflict": (
        "I moved the discussion from opinions to facts, made the options and their costs visible, and we agreed on a decision we could all commit to.",
        "I listened first, put the options and their costs side by side, and we settled on the one that served the shared goal.",
    ),
    "action_leadership": (
        "I gave each person a clear part to own and kept the goal and the trade-offs visible to everyone.",
        "I set a clear goal, gave people room to own their part, and met with each of them regularly.",
    ),
    "action_collaboration": (
        "What made it work was agreeing on one shared goal early and keeping everyone updated in plain language.",
        "I made sure each side understood what the other needed, and we kept in touch regularly and briefly.",
    ),
    "action_pressure": (
        "I sorted everything by urgency and risk, kept a short list of what had to happen next, and asked for help early.",
        "I dealt with the most urgent things first, said clearly what would wait, and kept a steady pace instead of rushing.",
    ),
    "action_challenge": (
        "I broke the problem into smaller parts, tested the riskiest assumption first, and moved step by step.",
        "The key was splitting it into pieces we could deliver and check one at a time.",
    ),
    "action_learning": (
        "I learned by doing: a small real task first, documentation alongside, and questions to people who knew more.",
    ),
    "action_behavioural": (
        "I started by understanding what was really needed, agreed on priorities, and kept people informed.",
        "I focused on the outcome, agreed the next steps with the people involved, and followed through.",
    ),
    "point_achievement": ("Measured the baseline, checked every change",),
    "point_failure": ("Owned it, fixed the urgent part, then the cause",),
    "point_incident": ("Stabilise, communicate, then root cause",),
    "point_conflict": ("Data over opinions; shared goal; commit together",),
    "point_leadership": ("Clear ownership, visible goals, regular 1:1s",),
    "point_collaboration": ("One shared goal; plain-language updates",),
    "point_pressure": ("Urgency and risk first; ask for help early",),
    "point_challenge": ("Split it; riskiest assumption first",),
    "point_learning": ("Small real task + docs + ask experts",),
    "point_behavioural": ("Clarify the need, agree priorities, follow through",),
    "action_achievement_top": (
        "It didn't come from one lucky break: it came from doing the everyday parts of the job well and consistently, month after month.",
    ),
    "action_achievement_owned": (
        "I'm proud of it because it was my own work from start to finish, and the result is there for anyone to check.",
    ),
    "action_achievement_plain": (
        "What I liked most was taking it from an idea to something that works and that people use.",
        "I'm proud of it because I owned it from the first sketch to the finished result.",
    ),
    "incident_none": (
        "I haven't handled a production incident myself yet, so I'll say how I'd approach one.",
    ),
    "incident_none_general": (
        "I haven't had to handle a serious incident on my own yet, so I'll say how I'd approach one.",
    ),
    "exp_domain_yes": ("Yes, I have.", "Yes, that's part of my experience."),
    "exp_domain_no": ("Not directly yet, no.", "Not as such yet, to be honest."),
    "exp_domain_transfer": ("What carries over is this: {sentence}",),
    "exp_domain_plan": (
        "I'd learn the domain fast by spending time with the people who know it best and its users.",
    ),
    "lesson_achievement": (
        "What I took from it: measure the starting point first, then every change against it.",
    ),
    "lesson_incident": (
        "What I took from it: every incident ends with one concrete change that makes the same failure impossible or visible early.",
    ),
    "lesson_conflict": (
        "What I took from it: agree on the goal first; most disagreements are about the path, not the goal.",
    ),
    "lesson_leadership": (
        "What I took from it: people grow fastest when they own a whole problem and get honest feedback on it.",
    ),
    "lesson_collaboration": (
        "What I took from it: a shared goal and short, regular updates prevent most cross-team friction.",
    ),
    "lesson_pressure": (
        "What I took from it: under pressure, saying early what will not get done is as important as doing the rest.",
    ),
    "lesson_challenge": (
        "What I took from it: split a hard problem until each piece can be checked on its own.",
    ),
    "lesson_learning": ("What I took from it: learning by doing a small real task beats reading alone.",),
    "lesson_behavioural": (
        "What I took from it: clarify what is really needed before acting, and follow through.",
    ),
    "lesson_failure": (
        "What I took from it: I now agree the rollback plan and success checks before a risky change starts.",
        "Since then I raise risks earlier and check my assumptions before committing to a plan.",
    ),
    "lesson_failure_told": ("That change stuck, and it's how I work to this day.",),
    "lesson_failure_told_mistake": (
        "What I took from it: fix the process, not only the case, so the next person can't make the same slip.",
        "The lesson for me: own a mistake early, then change how the work is done so it can't repeat.",
    ),
    "lesson_failure_general": (
        "What I took from it: before a big change, I now agree what success looks like and what could go wrong.",
        "Since then I raise risks earlier and check my assumptions before committing to a plan.",
    ),
    "lesson_generic_failure": (
        "What I learned is to check assumptions early and to say when something is at risk, not after it has slipped.",
    ),
    "failure_generic": (
        "A mistake I've made, and still watch for, is committing to a timeline before checking every dependency.",
        "The failures I've learned most from were about planning: saying yes to a date before I had checked the risks.",
    ),
    "failure_generic_handling": (
        "When that happened in my work as {a_title}, I told the people affected early, re-planned, and fixed what was urgent first.",
    ),
    "practice_conflict_customer": (
        "In those conversations I let the customer say everything first and acknowledge what has gone wrong, without getting defensive. Then I agree a concrete next step with a date, keep them updated, and follow up myself until it's fixed.",
    ),
    "practice_leadership": (
        "I give each person a clear part to own, keep the goal and the trade-offs visible to everyone, and check in with each of them regularly.",
    ),
    "conflict_customer_generic": (
        "Difficult conversations with customers come with the job, for example in {where}, where {clause}.",
    ),
    "conflict_generic": (
        "Disagreements come up naturally when several groups share a goal, as in {where}, where {clause}.",
    ),
    "conflict_setting": ("For me it's an everyday part of the job: {sentence}",),
    "leadership_titled": (
        "Leading people has been part of my job for a while; for example, in {where}, {clause}.",
    ),
    "leadership_generic": (
        "I haven't had a formal lead title yet, but I take ownership: in {where}, {clause}.",
    ),
    "pressure_generic": (
        "When everything is urgent, I first sort the work by impact and deadline, then agree openly what will wait.",
    ),
    "learning_generic": (
        "When I need to learn something fast, I start with a small real task, read the documentation alongside, and ask people who know more.",
    ),
    "incident_generic": (
        "When something breaks, I first stabilise the situation and keep people informed, then find the root cause and fix it for good.",
    ),
    "story_transfer": (
        "I'd bring the same approach to {duty} here.",
        "It's very close to what this role needs: {duty}.",
    ),
    "story_more": ("Another example: {sentence}", "A second one: {sentence}"),
    # -- technical ----------------------------------------------------------------------------
    "tech_cv": (
        "In my own work: {sentence}",
        "From my own work: {sentence}",
        "From experience: {sentence}",
    ),
    "tech_unknown": (
        "Honestly, {subject} isn't something I've gone deep into, so I won't bluff the details.",
        "I haven't worked with {subject} in depth, so rather than guess, I'll be straight about it.",
    ),
    "tech_unknown_plan": (
        "What I'd do is read up on the problem it solves and compare it with the tools I know well; that's how I've picked up new things quickly before.",
    ),
    "tech_known": (
        "{Subject} is part of my day-to-day work: {sentence}",
        "I use {subject} in practice: {sentence}",
    ),
    "tech_known_skill": ("{Subject} is one of the tools I work with.",),
    "tech_known_offer": (
        "I'm happy to go into how it works under the hood, or into the trade-offs I weighed there.",
    ),
    # -- experience ---------------------------------------------------------------------------
    "exp_open_years": (
        "I've worked with {subject} for about {years} years.",
        "About {years} years of hands-on work with {subject}.",
    ),
    "exp_open": ("{Subject} is part of my hands-on work.", "I use {subject} in my day-to-day work."),
    "exp_no_also": ("{Subject} itself I haven't used yet.", "Not {subject} itself yet, though."),
    "exp_yes_years": (
        "Yes, I've used {subject} for about {years} years.",
        "Yes, around {years} years of hands-on work with {subject}.",
    ),
    "exp_yes": (
        "Yes, I have hands-on experience with {subject}.",
        "Yes, {subject} is part of my day-to-day work.",
    ),
    "exp_list": ("Yes, {subject} is part of my toolkit, alongside {others}.",),
    "exp_no": (
        "Not hands-on with {subject} yet, to be honest.",
        "Honestly, {subject} isn't something I've worked with directly yet.",
    ),
    "exp_closest": (
        "The closest I've worked with is {related}: {sentence}",
        "What I do have is related: {sentence}",
    ),
    "exp_knows": ("I know the key ideas: {point}",),
    "exp_plan": (
        "I'd get up to speed quickly: a small, real piece of work with it early on, and learning from the people who use it every day.",
    ),
    # -- salary / availability / future / work style / closing --------------------------------
    "salary_contract_b2b": (
        "A B2B contract is fine with me; I'd just set the rate so that it also covers paid time off and sick days.",
    ),
    "approach_lead": ("The way I'd handle it:", "Here's how I'd go about it:"),
    "future_goal": (
        "In three to five years I'd like to be {next}, someone who shapes {duty}.",
        "My goal for the next few years is to grow into {next} and take more ownership of {duty}.",
    ),
    "future_goal_plain": (
        "In three to five years I'd like to be {next}, with broader responsibility.",
        "My goal for the next few years is to grow into {next}.",
    ),
    "future_path": (
        "I've already started on that path: {sentence}",
        "I'm already moving that way: {sentence}",
    ),
    "future_here": (
        "{Company} looks like a place where that growth is possible.",
        "I'd like that growth to happen here, at {company}.",
    ),
    "work_style_open": (
        "I work best in a team with clear goals and room to own problems from start to finish.",
        "I like clear goals, honest feedback, and the freedom to decide how to reach them.",
    ),
    "work_style_evidence": ("That's how it worked at {where}: {clause}.",),
    "work_style_close": (
        "I'm comfortable remote, hybrid or in the office; regular, open communication matters more to me than the place.",
    ),
    "closing_open": ("Yes, a few.", "Yes, thank you, I have a few questions."),
    "closing_success": (
        "What would success look like for the {position} in the first six months?",
        "How will you measure success in this role after the first half year?",
    ),
    "closing_duty": (
        "How does the team handle {duty} today, and what would you most like to change?",
        "What's the biggest challenge in {duty} right now?",
    ),
    "closing_team": (
        "How is the team organised, and who would I work with most closely?",
        "What's the biggest challenge the team is facing this year?",
    ),
    "closing_next": ("And what are the next steps in the process?",),
    # -- follow-ups ---------------------------------------------------------------------------
    # -- other --------------------------------------------------------------------------------
    "other_cv": ("{sentence}",),
    "other_check": (
        "I'd rather give you an exact answer than a rough one, so let me confirm the details and come back to you on that.",
    ),
    "other_yes": ("Yes, that works for me.", "Yes, I'm comfortable with that."),
    "other_plain": ("Happy to answer that directly.",),
    "other_close": ("I'm happy to go into more detail if it helps.",),
    # -- multi-part ---------------------------------------------------------------------------
    "part_join": ("As for the second part, ", "And to your other question, "),
}

STRENGTH_LABELS = {
    "impact": "label_impact",
    "leadership": "label_leadership",
    "collaboration": "label_collaboration",
    "process": "label_process",
    "challenge": "label_challenge",
    "customer": "label_customer",
    "incident": "label_incident",
    "learning": "label_learning",
    "delivery": "label_delivery",
}
