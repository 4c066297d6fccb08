import {
  Calendar,
  Coin,
  Document,
  DocumentAdd,
  Folder,
  MapLocation,
  SetUp,
  Tickets,
  User,
  Warning,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

/** The icons the menu definition may name. */
export const menuIcons: Record<string, Component> = {
  Calendar,
  Coin,
  Document,
  DocumentAdd,
  Folder,
  MapLocation,
  SetUp,
  Tickets,
  User,
  Warning,
}
