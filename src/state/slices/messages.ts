import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** A message for the person: what happened and, where it applies, which parameter it concerns. */
export interface Message {
  readonly id: number;
  readonly level: 'error' | 'warning' | 'info';
  readonly text: string;
  /** The URL parameter or field it concerns, e.g. `p`; messages with the same topic replace each other. */
  readonly topic?: string;
}

export interface MessagesSlice {
  readonly messages: readonly Message[];
  pushMessage(message: Omit<Message, 'id'>): void;
  dismissMessage(id: number): void;
  clearTopic(topic: string): void;
}

let nextId = 1;

export const createMessagesSlice: StateCreator<AppState, [], [], MessagesSlice> = (set) => ({
  messages: [],
  pushMessage: (message) =>
    set((s) => ({
      messages: [
        ...s.messages.filter((m) => message.topic === undefined || m.topic !== message.topic),
        { ...message, id: nextId++ },
      ],
    })),
  dismissMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
  clearTopic: (topic) => set((s) => ({ messages: s.messages.filter((m) => m.topic !== topic) })),
});
