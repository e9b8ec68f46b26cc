package dev.huiju.meetings.meeting;

public enum VoteChoice {

	FOR, AGAINST, ABSTAIN

}
