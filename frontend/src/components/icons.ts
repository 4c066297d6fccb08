import {
  Bell,
  Calendar,
  Coin,
  Connection,
  Document,
  DocumentAdd,
  Folder,
  House,
  MapLocation,
  SetUp,
  Setting,
  Tickets,
  Upload,
  User,
  Wallet,
  Warning,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

/** The icons the menu definition may name. */
export const menuIcons: Record<string, Component> = {
  Bell,
  Calendar,
  Coin,
  Connection,
  Document,
  DocumentAdd,
  Folder,
  House,
  MapLocation,
  SetUp,
  Setting,
  Tickets,
  Upload,
  User,
  Wallet,
  Warning,
}
